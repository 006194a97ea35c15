/* (c) Variable-size scratch array in a parser: a CSV line is split into a
   malloc'd array of fields (one per comma, counted first), then the numeric
   fields are parsed.  -DHAND: a local struct field[256] (4096 bytes, the
   plugin's default max-size) with a heap fallback.  */
#include "bench.h"
#include <string.h>

struct field { const char *p; size_t len; };

/* Weighted sum of the integer fields of LINE (LEN bytes, comma-separated).  */
static long
parse_line (const char *line, size_t len)
{
  size_t nf = 1;
  for (size_t i = 0; i < len; i++)
    nf += line[i] == ',';
#ifdef HAND
  struct field buf[256];
  struct field *f = nf <= 256 ? buf : malloc (nf * sizeof *f);
#else
  struct field *f = malloc (nf * sizeof *f);
#endif
  if (!f)
    bench_xmalloc_fail ();
  size_t k = 0, start = 0;
  for (size_t i = 0; i <= len; i++)
    if (i == len || line[i] == ',')
      {
	f[k].p = line + start;
	f[k].len = i - start;
	k++;
	start = i + 1;
      }
  long sum = 0;
  for (size_t j = 0; j < k; j++)
    {
      const char *p = f[j].p, *e = p + f[j].len;
      int neg = p < e && *p == '-';
      p += neg;
      if (p == e)
	continue;
      long v = 0;
      for (; p < e && *p >= '0' && *p <= '9'; p++)
	v = v * 10 + (*p - '0');
      if (p == e)
	sum += (long) (j + 1) * (neg ? -v : v);
    }
#ifdef HAND
  if (f != buf)
#endif
    free (f);
  return sum;
}

#define NLINES 20000

static char *lines[NLINES];
static size_t lens[NLINES];

int
main (int argc, char **argv)
{
  long reps = 40 * bench_scale (argc, argv);
  static const char *const words[] = { "id", "name", "NULL", "x", "true", "N/A", "" };
  char tmp[4096];
  for (int i = 0; i < NLINES; i++)
    {
      int nf = (int) (bench_range (0, 19) ? bench_range (2, 12) : bench_range (13, 400));
      size_t n = 0;
      for (int j = 0; j < nf; j++)
	{
	  if (j)
	    tmp[n++] = ',';
	  if (bench_range (0, 2))
	    n += (size_t) sprintf (tmp + n, "%ld", bench_range (-99999, 999999));
	  else
	    n += (size_t) sprintf (tmp + n, "%s", words[bench_range (0, 6)]);
	}
      lines[i] = malloc (n + 1);
      memcpy (lines[i], tmp, n + 1);
      lens[i] = n;
    }

  uint64_t sum = 0;
  uint64_t t0 = bench_now_ns ();
  for (long r = 0; r < reps; r++)
    for (int i = 0; i < NLINES; i++)
      sum = sum * 31 + (uint64_t) parse_line (lines[i], lens[i]);
  uint64_t t1 = bench_now_ns ();
  bench_report (sum, t0, t1);
  return 0;
}
