/* -m=2: flow explanations for allocations returned or stored in a global, and for a loaded pointer that leaks.  */
/* { dg-options "-fplugin-arg-escape-m=2" } */

#include <stdlib.h>

int *g;

int *
alloc_returned (void)
{
  int *m = malloc (8);		/* { dg-message "malloc\\(8\\) escapes to heap" } */
/* { dg-message "  flow: m = &malloc\\(8\\):" "" { target *-*-* } 11 } */
/* { dg-message "    from m = malloc\\(8\\) \\(call result\\) at \\S*c-m2-alloc\\.c:11:12" "" { target *-*-* } 11 } */
/* { dg-message "  flow: ~r0 = m:" "" { target *-*-* } 11 } */
/* { dg-message "    from return m \\(return\\) at \\S*c-m2-alloc\\.c:16:10" "" { target *-*-* } 11 } */
  return m;
}

void
alloc_to_global (void)
{
  int *m = calloc (2, 4);	/* { dg-message "calloc\\(2, 4\\) escapes to heap" } */
/* { dg-message "  flow: m = &calloc\\(2, 4\\):" "" { target *-*-* } 22 } */
/* { dg-message "    from m = calloc\\(2, 4\\) \\(call result\\) at \\S*c-m2-alloc\\.c:22:12" "" { target *-*-* } 22 } */
/* { dg-message "  flow: \\{heap\\} = m:" "" { target *-*-* } 22 } */
/* { dg-message "    from g = m \\(assign\\) at \\S*c-m2-alloc\\.c:27:5" "" { target *-*-* } 22 } */
  g = m;
}

int
alloc_kept (void)
{
  int *m = malloc (4);		/* { dg-message "malloc\\(4\\) does not escape" } */
  if (!m)
    return 0;
  *m = 1;
  int r = *m;
  free (m);
  return r;
}

void
content_to_global (int **pp)	/* { dg-message "leaking param content: pp" } */
/* { dg-message "  flow: v = \\*pp:" "" { target *-*-* } 43 } */
/* { dg-message "    from v = \\*pp \\(load\\) at \\S*c-m2-alloc\\.c:49:8" "" { target *-*-* } 43 } */
/* { dg-message "  flow: \\{heap\\} = v:" "" { target *-*-* } 43 } */
/* { dg-message "    from g = v \\(assign\\) at \\S*c-m2-alloc\\.c:50:5" "" { target *-*-* } 43 } */
{
  int *v = *pp;
  g = v;
}

/* { dg-final { escape-same-code-without-m } } */
