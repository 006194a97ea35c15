/* Casts: pointer to uintptr_t and back, pointer to pointer; the pointer survives the casts.  */
/* { dg-options "-fplugin-arg-escape-m" } */

#include <stdint.h>

uintptr_t gu;
int *g;

void
int_to_global (int *p)		/* { dg-message "leaking param: p" } */
{
  gu = (uintptr_t) p;
}

void
roundtrip_to_global (int *p)	/* { dg-message "leaking param: p" } */
{
  uintptr_t u = (uintptr_t) p;
  int *q = (int *) u;
  g = q;
}

void
masked_to_global (int *p)	/* { dg-message "leaking param: p" } */
{
  uintptr_t u = (uintptr_t) p & ~(uintptr_t) 7;
  g = (int *) u;
}

int
roundtrip_local (int *p)	/* { dg-message "p does not escape" } */
{
  uintptr_t u = (uintptr_t) p;
  u += sizeof (int);
  return *((int *) u - 1);
}

char *
cast_result (int *p)		/* { dg-message "leaking param: p to result ~r0 level=0" } */
{
  return (char *) p;
}

uintptr_t
int_result (int *p)		/* { dg-message "leaking param: p to result ~r0 level=0" } */
{
  return (uintptr_t) p;
}

void
local_addr_as_int (void)
{
  int x;			/* { dg-message "&x escapes to heap" } */
  gu = (uintptr_t) &x;
}

void
void_ptr_to_global (void *v)	/* { dg-message "leaking param: v" } */
{
  g = (int *) (char *) v;
}
