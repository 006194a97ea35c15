/* The other unit of lto-guard.c: a callee that frees, one that grows with
   realloc, one that keeps.  */
#include <stdlib.h>
#include "lto-guard.h"

char *kept;

__attribute__ ((noinline)) void
release (char *p)
{
  free (p);
}

__attribute__ ((noinline)) void
grow (struct buf *b, unsigned long need)
{
  if (need > b->cap)
    {
      b->cap = need * 2;
      b->data = realloc (b->data, b->cap);
    }
}

__attribute__ ((noinline)) void
keep_it (char *p)
{
  kept = p;
}
