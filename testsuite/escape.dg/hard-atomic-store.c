/* _Atomic pointers: storing a pointer into an _Atomic global (plain assignment, atomic_store, atomic_store_explicit, atomic_exchange, __atomic_store_n) leaks it, exactly like a plain store into a global.  */
/* { dg-options "-fplugin-arg-escape-m" } */

#include <stdatomic.h>
#include <stdlib.h>

int *_Atomic gp;
_Atomic (int *) gq;

void
with_atomic_store (int *p)	/* { dg-message "leaking param: p" } */
{
  atomic_store (&gp, p);
}

void
plain_assignment (int *p)	/* { dg-message "leaking param: p" } */
{
  gq = p;
}

void
explicit_order (int *p)		/* { dg-message "leaking param: p" } */
{
  atomic_store_explicit (&gp, p, memory_order_release);
}

int *
exchange (int *p)		/* { dg-message "leaking param: p" } */
{
  return atomic_exchange (&gp, p);
}

void
gnu_builtin (int *p)		/* { dg-message "leaking param: p" } */
{
  __atomic_store_n (&gq, p, __ATOMIC_SEQ_CST);
}

void
allocation (void)
{
  int *m = malloc (sizeof (int));	/* { dg-message "malloc\\(4\\) escapes to heap" } */
  atomic_store (&gp, m);
}

void
local_address (void)
{
  static int *_Atomic *slot;
  int x = 0;			/* { dg-message "&x escapes to heap" } */
  gp = &x;
  slot = &gp;
}
