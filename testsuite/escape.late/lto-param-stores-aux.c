/* The functions of another unit that lto-param-stores.c hands its structs to:
   one stores its argument into the struct, one does and keeps it, one reads
   the struct.  Each counts its calls, so that none is pure.  */
#include "lto-param-stores.h"

long calls;
int *kept;

__attribute__ ((noinline)) void
init (struct ctx *c, int *states, long n)
{
  calls++;
  c->states = states;
  c->n = n;
}

__attribute__ ((noinline)) void
init_and_keep (struct ctx *c, int *states)
{
  calls++;
  c->states = states;
  kept = c->states;
}

__attribute__ ((noinline)) long
sum (const struct ctx *c)
{
  long s = 0;
  calls++;
  for (long i = 0; i < c->n; i++)
    s += c->states[i];
  return s;
}
