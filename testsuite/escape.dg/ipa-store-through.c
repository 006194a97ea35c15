/* A callee that stores its second parameter through its first: what the caller passes second leaks where the first points outside the frame, and stays where it is a local of the caller.  */
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

/* The callee's summary says V goes into what SLOT points to: here a local of
   the caller, so &x stays in the frame.  */
int
caller_local_slot (void)
{
  int x = 1;		/* { dg-bogus "escapes" } */
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

/* Only the value held in PX is copied out, into OUT, a local of the caller:
   neither PX's address nor Y's leaves the frame.  */
int
caller_copy (void)
{
  int y = 2;		/* { dg-bogus "escapes" } */
  int *py = &y;
  int *out;
  copy_cell (&out, &py);
  return *out;
}

/* The caller's own parameters: the first is only written through.  */
void
relay (int **where, int *what)	/* { dg-message "where does not escape" } */
/* { dg-message "leaking param: what" "" { target *-*-* } 53 } */
{
  set (where, what);
}

void
relay_content (int **to, int **from)	/* { dg-message "to does not escape" } */
/* { dg-message "leaking param content: from" "" { target *-*-* } 60 } */
{
  copy_cell (to, from);
}
