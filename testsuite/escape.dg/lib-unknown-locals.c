/* Passing the address of a local to an unknown external function makes it escape, with everything it points to; passing its value does not.  */
/* { dg-options "-fplugin-arg-escape-m" } */

#include <stdlib.h>

struct ref { int *ptr; int n; };

extern void sink (void *);
extern void fill (int *, int);
extern int take_int (int);
extern int **slot (void);

void
local_address (void)
{
  int x = 0;				/* { dg-message "&x escapes to heap" } */
  sink (&x);
}

int
local_value (void)
{
  int x = 4;
  int arr[3] = { 1, 2, 3 };
  return take_int (x) + take_int (arr[1]);
}

void
local_array (void)
{
  int arr[8];				/* { dg-message "&arr escapes to heap" } */
  fill (arr, 8);
}

void
local_struct_with_local_pointer (void)
{
  int x = 0;				/* { dg-message "&x escapes to heap" } */
  struct ref r = { &x, 1 };		/* { dg-message "&r escapes to heap" } */
  sink (&r);
}

void
block_passed (void)
{
  int *p = malloc (16);			/* { dg-message "malloc\\(16\\) escapes to heap" } */
  fill (p, 4);
}

void
store_into_unknown_result (int *p)	/* { dg-message "leaking param: p" } */
{
  *slot () = p;
}

void
local_into_unknown_result (void)
{
  int x = 0;				/* { dg-message "&x escapes to heap" } */
  int **s = slot ();
  *s = &x;
}

/* { dg-final { escape-same-code-without-m } } */
