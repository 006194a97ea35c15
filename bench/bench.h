/* Shared helpers for the promotion speed benchmark (scripts/bench).

   Every kernel is one C file with its own main.  Built as is it uses the heap
   (malloc/calloc + free); built with -DHAND it uses the hand-written stack
   version of the same allocation.  It generates a fixed input with a seeded
   PRNG (untimed), runs its kernel loop, and prints two lines on stdout:
     checksum <hex>     identical for every variant and compiler
     ns <n>             wall-clock time of the kernel loop only
     cpu_ns <n>         CPU time of the process during the kernel loop (less
                        sensitive to other load on the machine)
   An optional argument scales the repetition count (default 1, used by
   scripts/bench).  */
#ifndef BENCH_H
#define BENCH_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static inline uint64_t
bench_clock_ns (clockid_t clock)
{
  struct timespec ts;
  clock_gettime (clock, &ts);
  return (uint64_t) ts.tv_sec * 1000000000u + (uint64_t) ts.tv_nsec;
}

static uint64_t bench_cpu[2];
static int bench_calls;

/* Wall-clock time.  Also notes the CPU time for bench_report: the first call
   is the start of the kernel loop, the second its end.  */
static inline uint64_t
bench_now_ns (void)
{
  if (bench_calls < 2)
    bench_cpu[bench_calls++] = bench_clock_ns (CLOCK_PROCESS_CPUTIME_ID);
  return bench_clock_ns (CLOCK_MONOTONIC);
}

/* xorshift64*: deterministic input generation.  The state has external
   linkage because clang 14's -attributor-enable=module folds the loads of a
   static one to wrong constants (every checksum came out wrong).  */
uint64_t bench_rng_state = 0x9E3779B97F4A7C15ull;

static inline uint64_t
bench_rand (void)
{
  uint64_t x = bench_rng_state;
  x ^= x >> 12;
  x ^= x << 25;
  x ^= x >> 27;
  bench_rng_state = x;
  return x * 0x2545F4914F6CDD1Dull;
}

/* Uniform in [lo, hi].  */
static inline long
bench_range (long lo, long hi)
{
  return lo + (long) (bench_rand () % (uint64_t) (hi - lo + 1));
}

static inline long
bench_scale (int argc, char **argv)
{
  long s = argc > 1 ? strtol (argv[1], NULL, 10) : 1;
  return s > 0 ? s : 1;
}

/* T0 and T1 are bench_now_ns () before and after the kernel loop.  */
static inline void
bench_report (uint64_t checksum, uint64_t t0, uint64_t t1)
{
  uint64_t cpu = bench_cpu[1] - bench_cpu[0];
  printf ("checksum %016llx\nns %llu\ncpu_ns %llu\n", (unsigned long long) checksum,
	  (unsigned long long) (t1 - t0), (unsigned long long) cpu);
}

static inline void *
bench_xmalloc_fail (void)
{
  fputs ("out of memory\n", stderr);
  exit (2);
}

#endif
