/* -m=2 explains an allocation that escapes by being returned through two variables.  */
/* { dg-options "-fplugin-arg-escape-m=2" } */

#include <stdlib.h>

int *
two_vars (void)
{
  int *a = malloc (4);	/* { dg-message "malloc\\(4\\) escapes to heap" } */
  int *b = a;
  return b;
}

/* Returned through a call to a function that returns its parameter.  */
static int *
same (int *p)	/* { dg-message "leaking param: p to result ~r0 level=0" } */
{
  return p;
}

int *
through_call (void)
{
  int *a = calloc (2, 4);	/* { dg-message "calloc\\(2, 4\\) escapes to heap" } */
  int *b = same (a);
  return b;
}

/* The other notes, with the -m=2 explanations, by the line they are reported at.  */
/* { dg-message "  flow: a = &malloc\\(4\\):" "" { target *-*-* } 9 } */
/* { dg-message "    from a = malloc\\(4\\) \\(call result\\) at \[^ \]*explain-alloc-return\\.c:9:12" "" { target *-*-* } 9 } */
/* { dg-message "  flow: b = a:" "" { target *-*-* } 9 } */
/* { dg-message "    from b = a \\(assign\\) at \[^ \]*explain-alloc-return\\.c:10:8" "" { target *-*-* } 9 } */
/* { dg-message "  flow: ~r0 = b:" "" { target *-*-* } 9 } */
/* { dg-message "    from return b \\(return\\) at \[^ \]*explain-alloc-return\\.c:11:10" "" { target *-*-* } 9 } */
/* { dg-message "  flow: ~r0 = p:" "" { target *-*-* } 16 } */
/* { dg-message "    from return p \\(return\\) at \[^ \]*explain-alloc-return\\.c:18:10" "" { target *-*-* } 16 } */
/* { dg-message "  flow: a = &calloc\\(2, 4\\):" "" { target *-*-* } 24 } */
/* { dg-message "    from a = calloc\\(2, 4\\) \\(call result\\) at \[^ \]*explain-alloc-return\\.c:24:12" "" { target *-*-* } 24 } */
/* { dg-message "  flow: b = a:" "" { target *-*-* } 24 } */
/* { dg-message "    from b = same\\(a\\) \\(call result\\) at \[^ \]*explain-alloc-return\\.c:25:12" "" { target *-*-* } 24 } */
/* { dg-message "  flow: ~r0 = b:" "" { target *-*-* } 24 } */
/* { dg-message "    from return b \\(return\\) at \[^ \]*explain-alloc-return\\.c:26:10" "" { target *-*-* } 24 } */
