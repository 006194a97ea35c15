/* A callee that stores its second parameter through its first: what the caller passes second leaks.  */
/* { dg-options "-fplugin-arg-escape-m" } */

#include <stdlib.h>

void
set (int **slot, int *v)	/* { dg-message "slot does not escape" } */
/* { dg-message "leaking param: v" "" { target *-*-* } 7 } */
{
  *slot = v;
}

/* Copies a pointer from one cell to another: the content of SRC leaks.  */
void
copy_cell (int **dst, int **src)	/* { dg-message "dst does not escape" } */
/* { dg-message "leaking param content: src" "" { target *-*-* } 15 } */
{
  *dst = *src;
}

/* Even though the slot is a local of the caller, the callee's summary says V
   goes to memory it does not own.  */
int
caller_local_slot (void)
{
  int x = 1;		/* { dg-message "&x escapes to heap" } */
  int *p;
  set (&p, &x);
  return *p;
}

void
caller_heap_value (int **out)	/* { dg-message "out does not escape" } */
{
  int *b = malloc (sizeof (int));	/* { dg-message "malloc\\(4\\) escapes to heap" } */
  set (out, b);
}

/* Only the value held in PX is copied out; PX's own address stays here.  */
int
caller_copy (void)
{
  int y = 2;		/* { dg-message "&y escapes to heap" } */
  int *py = &y;
  int *out;
  copy_cell (&out, &py);
  return *out;
}

/* The caller's own parameters: the first is only written through.  */
void
relay (int **where, int *what)	/* { dg-message "where does not escape" } */
/* { dg-message "leaking param: what" "" { target *-*-* } 52 } */
{
  set (where, what);
}

void
relay_content (int **to, int **from)	/* { dg-message "to does not escape" } */
/* { dg-message "leaking param content: from" "" { target *-*-* } 59 } */
{
  copy_cell (to, from);
}
