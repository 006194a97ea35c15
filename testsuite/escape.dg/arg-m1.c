/* -fplugin-arg-escape-m=1 is the same as -fplugin-arg-escape-m: notes without explanations.  */
/* { dg-options "-fplugin-arg-escape-m=1" } */

#include <stdlib.h>

int *g;

void
leak (int *p)			/* { dg-message "leaking param: p" } */
{
  g = p;
}

int
keep (const int *q)		/* { dg-message "q does not escape" } */
{
  return *q;
}

void
block (void)
{
  int x;			/* { dg-message "&x escapes to heap" } */
  leak (&x);
  leak (malloc (4));		/* { dg-message "malloc\\(4\\) escapes to heap" } */
}

/* { dg-bogus "flow:" "no explanations at -m=1" { target *-*-* } 0 } */
