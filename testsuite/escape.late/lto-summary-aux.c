/* The functions of another unit that lto-summary.c hands its blocks to: one
   reads a block, one keeps it, one frees it, one keeps its second argument (its
   unused first one is dropped by IPA), two take a struct by address (IPA-SRA
   passes them the struct's fields instead).  Each counts its calls, so that none
   is pure.  */
#include <stdlib.h>
#include "lto-summary.h"

long calls;
int *kept;

__attribute__ ((noinline)) long
logged_sum (const int *p, int n)
{
  long s = 0;
  calls++;
  for (int i = 0; i < n; i++)
    s += p[i];
  return s;
}

__attribute__ ((noinline)) void
keep (int *p)
{
  calls++;
  kept = p;
}

__attribute__ ((noinline)) void
release (int *p)
{
  calls++;
  free (p);
}

__attribute__ ((noinline)) void
keep_second (int *unused, int *p)
{
  calls++;
  kept = p;
}

__attribute__ ((noinline)) int
read_holder (const struct holder *h)
{
  calls++;
  return h->ptr[0] + h->tag;
}

__attribute__ ((noinline)) void
keep_holder (const struct holder *h)
{
  calls++;
  kept = h->ptr;
}
