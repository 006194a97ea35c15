/* (e) A calloc'd histogram per call: for every word of a text, a 256-entry
   byte histogram is calloc'd to count distinct letters and the most frequent
   one, then freed.  -DHAND: unsigned count[256] = {0} instead.  */
#include "bench.h"

/* Distinct bytes of W (N bytes) times 64 plus the highest count.  */
static unsigned
word_profile (const unsigned char *w, size_t n)
{
#ifdef HAND
  unsigned count[256] = { 0 };
#else
  unsigned *count = calloc (256, sizeof *count);
  if (!count)
    bench_xmalloc_fail ();
#endif
  unsigned distinct = 0, max = 0;
  for (size_t i = 0; i < n; i++)
    {
      unsigned c = ++count[w[i]];
      distinct += c == 1;
      if (c > max)
	max = c;
    }
#ifndef HAND
  free (count);
#endif
  return distinct * 64 + max;
}

#define NWORDS 50000

static unsigned char text[NWORDS * 24];
static unsigned starts[NWORDS], lens[NWORDS];

int
main (int argc, char **argv)
{
  long reps = 150 * bench_scale (argc, argv);
  unsigned pos = 0;
  for (int i = 0; i < NWORDS; i++)
    {
      unsigned n = (unsigned) (bench_range (0, 9) ? bench_range (2, 12) : bench_range (13, 23));
      starts[i] = pos;
      lens[i] = n;
      for (unsigned j = 0; j < n; j++)
	text[pos++] = (unsigned char) ('a' + bench_range (0, 25));
    }

  uint64_t sum = 0;
  uint64_t t0 = bench_now_ns ();
  for (long r = 0; r < reps; r++)
    for (int i = 0; i < NWORDS; i++)
      sum = sum * 31 + word_profile (text + starts[i], lens[i]);
  uint64_t t1 = bench_now_ns ();
  bench_report (sum, t0, t1);
  return 0;
}
