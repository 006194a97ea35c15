/* (c) Variable-size scratch array in a sort: merge sort of many short rows
   (usually 4..64 ints, one in ten up to 1500) with a malloc(n * sizeof (int))
   scratch buffer per call.  -DHAND: the usual small-buffer optimisation, a
   local int[1024] (the plugin's default max-size, 4096 bytes) with a heap
   fallback for longer rows.  */
#include "bench.h"
#include <string.h>

static void
msort_rec (int *a, int *tmp, size_t n)
{
  if (n <= 8)
    {
      for (size_t i = 1; i < n; i++)
	{
	  int v = a[i];
	  size_t j = i;
	  for (; j > 0 && a[j - 1] > v; j--)
	    a[j] = a[j - 1];
	  a[j] = v;
	}
      return;
    }
  size_t h = n / 2;
  msort_rec (a, tmp, h);
  msort_rec (a + h, tmp, n - h);
  size_t i = 0, j = h, k = 0;
  while (i < h && j < n)
    tmp[k++] = a[j] < a[i] ? a[j++] : a[i++];
  while (i < h)
    tmp[k++] = a[i++];
  while (j < n)
    tmp[k++] = a[j++];
  memcpy (a, tmp, n * sizeof *a);
}

static void
sort_ints (int *a, size_t n)
{
#ifdef HAND
  int buf[1024];
  int *tmp = n <= 1024 ? buf : malloc (n * sizeof *tmp);
#else
  int *tmp = malloc (n * sizeof *tmp);
#endif
  if (!tmp)
    bench_xmalloc_fail ();
  msort_rec (a, tmp, n);
#ifdef HAND
  if (tmp != buf)
#endif
    free (tmp);
}

#define NROWS 20000

static int *rows[NROWS], *work[NROWS];
static size_t lens[NROWS];

int
main (int argc, char **argv)
{
  long reps = 6 * bench_scale (argc, argv);
  for (int i = 0; i < NROWS; i++)
    {
      lens[i] = (size_t) (bench_range (0, 9) ? bench_range (4, 64) : bench_range (65, 1500));
      rows[i] = malloc (lens[i] * sizeof (int));
      work[i] = malloc (lens[i] * sizeof (int));
      for (size_t j = 0; j < lens[i]; j++)
	rows[i][j] = (int) bench_range (-100000, 100000);
    }

  uint64_t sum = 0;
  uint64_t t0 = bench_now_ns ();
  for (long r = 0; r < reps; r++)
    for (int i = 0; i < NROWS; i++)
      {
	memcpy (work[i], rows[i], lens[i] * sizeof (int));
	sort_ints (work[i], lens[i]);
	sum = sum * 31 + (uint64_t) work[i][0] + (uint64_t) work[i][lens[i] / 2]
	      + (uint64_t) work[i][lens[i] - 1];
      }
  uint64_t t1 = bench_now_ns ();
  for (int i = 0; i < NROWS; i++)
    for (size_t j = 1; j < lens[i]; j++)
      if (work[i][j - 1] > work[i][j])
	{
	  puts ("not sorted");
	  return 1;
	}
  bench_report (sum, t0, t1);
  return 0;
}
