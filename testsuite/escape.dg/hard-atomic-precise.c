/* Atomic loads and stores are memory accesses, not calls that capture their address argument: an _Atomic parameter that is only read does not escape, a pointer read atomically through a parameter does not make the parameter escape, and a block kept in an _Atomic local does not escape.  */
/* { dg-options "-fplugin-arg-escape-m" } */

#include <stdatomic.h>
#include <stdlib.h>

int *g;
int *_Atomic gp;

int
read_atomic_param (int *_Atomic p)	/* { dg-message "p does not escape" } */
{
  return *p;
}

void
leak_atomic_param (int *_Atomic p)	/* { dg-message "leaking param: p" } */
{
  g = p;
}

int
load_through (int *_Atomic *pp)	/* { dg-message "pp does not escape" } */
{
  int *q = atomic_load (pp);
  return *q;
}

void
store_through (int *_Atomic *pp,	/* { dg-message "pp does not escape" } */
	       int *v)			/* { dg-message "leaking param: v" } */
{
  atomic_store (pp, v);
}

int
compare_exchange (int *expected,	/* { dg-message "expected does not escape" } */
		  int *desired)		/* { dg-message "leaking param: desired" } */
{
  return atomic_compare_exchange_strong (&gp, &expected, desired);
}

int
local_atomic (int v)
{
  int *_Atomic lp;
  int *m = malloc (sizeof (int));	/* { dg-message "malloc\\(4\\) does not escape" } */
  if (!m)
    return 0;
  *m = v;
  atomic_store (&lp, m);
  int *r = atomic_load (&lp);
  int x = *r;
  free (m);
  return x;
}
