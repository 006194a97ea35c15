/* (b) Formatting into a temporary string buffer: a cache key "table/id.col" is
   built with snprintf into malloc(64), hashed and freed for every record looked
   up.  -DHAND: char key[64] instead.  */
#include "bench.h"
#include <string.h>

struct rec { const char *table; unsigned id, col; };

static uint32_t
fnv1a (const char *s, size_t n)
{
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < n; i++)
    h = (h ^ (unsigned char) s[i]) * 16777619u;
  return h;
}

/* Hash of the cache key of R.  */
static uint32_t
key_hash (const struct rec *r)
{
#ifdef HAND
  char key[64];
#else
  char *key = malloc (64);
  if (!key)
    bench_xmalloc_fail ();
#endif
  int n = snprintf (key, 64, "%s/%u.%u", r->table, r->id, r->col);
  if (n < 0)
    n = 0;
  else if (n > 63)
    n = 63;
  uint32_t h = fnv1a (key, (size_t) n);
#ifndef HAND
  free (key);
#endif
  return h;
}

#define NRECS 20000
#define NSLOTS 4096

static const char *const tables[] = {
  "users", "orders", "order_items", "products", "inventory", "sessions",
  "payments", "shipping_addresses",
};
static struct rec recs[NRECS];
static unsigned slots[NSLOTS];

int
main (int argc, char **argv)
{
  long reps = 120 * bench_scale (argc, argv);
  for (int i = 0; i < NRECS; i++)
    {
      recs[i].table = tables[bench_range (0, 7)];
      recs[i].id = (unsigned) bench_range (1, 2000000);
      recs[i].col = (unsigned) bench_range (0, 40);
    }

  uint64_t sum = 0;
  uint64_t t0 = bench_now_ns ();
  for (long r = 0; r < reps; r++)
    for (int i = 0; i < NRECS; i++)
      {
	uint32_t h = key_hash (&recs[i]);
	slots[h % NSLOTS]++;
	sum += h;
      }
  uint64_t t1 = bench_now_ns ();
  for (int i = 0; i < NSLOTS; i++)
    sum = sum * 1000003u + slots[i];
  bench_report (sum, t0, t1);
  return 0;
}
