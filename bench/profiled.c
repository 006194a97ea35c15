/* The cost of the heap lifetime profile (issue 24): a program that makes
   many calls and 10M malloc/free pairs, built plain or, with -DPROFILE,
   instrumented by hand as -fplugin-arg-escape-profile would instrument it
   (runtime/escape-profile.h), with the runtime's tests' macros, and linked
   with the runtime:

     gcc -O2 -Ibench bench/profiled.c -o plain
     gcc -O2 -Ibench -Iruntime -Itestsuite/escape.profile -DPROFILE \
       bench/profiled.c -o profiled -Lruntime -Wl,-rpath,$PWD/runtime \
       -lescape-profile
     ./plain; ESCAPE_PROFILE=/tmp/prof ./profiled

   Each step makes a block in a callee and returns it; half the blocks die
   in the step (k1), the others wait in a ring of RING blocks (64Ki unless
   -DRING=N) and die in a later step, when their slot is taken again (k2:
   main is still active), so the runtime holds many live blocks, and both
   the runtime's table and glibc's heap miss the cache on them.  Each step
   is 4 frames and makes about 9 more calls of a leaf.  */
#include "bench.h"

#ifdef PROFILE
#include "hand.h"
#else
#define FRAME(NAME)
#define RETURN(...) return __VA_ARGS__
#define AT(LABEL, CALL) (CALL)
#endif

#define STEPS 10000000
#ifndef RING
#define RING (1 << 16)
#endif

static void *ring[RING];

/* A leaf: the plugin makes a frame only of a function that calls.  */
static __attribute__ ((noinline)) uint64_t
mix (uint64_t x)
{
  x ^= x >> 31;
  return x * 0x9E3779B97F4A7C15ull;
}

static __attribute__ ((noinline)) void
fill (uint64_t *p, size_t n, uint64_t seed)
{
  FRAME ("fill");
  for (size_t i = 0; i < n; i++)
    p[i] = mix (seed + i);
  RETURN ();
}

static __attribute__ ((noinline)) uint64_t
digest (const uint64_t *p)
{
  FRAME ("digest");
  RETURN (mix (p[0]) + p[1]);
}

static __attribute__ ((noinline)) uint64_t *
make (uint64_t seed)
{
  FRAME ("make");
  size_t n = 2 + seed % 14;
  uint64_t *p = AT ("malloc(n * 8)", malloc (n * sizeof *p));
  if (!p)
    bench_xmalloc_fail ();
  fill (p, n, seed);
  RETURN (p);
}

static __attribute__ ((noinline)) uint64_t
step (long i, uint64_t seed)
{
  FRAME ("step");
  uint64_t *p = make (seed);
  uint64_t sum = digest (p);
  if (i & 1)
    free (p);
  else
    {
      free (ring[i / 2 % RING]);
      ring[i / 2 % RING] = p;
    }
  RETURN (sum);
}

int
main (int argc, char **argv)
{
  FRAME ("main");
  long steps = STEPS * bench_scale (argc, argv);
  uint64_t sum = 0;
  uint64_t t0 = bench_now_ns ();
  for (long i = 0; i < steps; i++)
    sum = sum * 31 + step (i, bench_rand ());
  uint64_t t1 = bench_now_ns ();
  for (long i = 0; i < RING; i++)
    free (ring[i]);
  bench_report (sum, t0, t1);
  RETURN (0);
}
