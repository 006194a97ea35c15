/* -fplugin-arg-escape-m=0 loads the plugin but prints nothing.  */
/* { dg-options "-fplugin-arg-escape-m=0" } */

#include <stdlib.h>

int *g;

void
leak (int *p)			/* { dg-bogus "leaking param" } */
{
  g = p;
}

int
keep (const int *q)		/* { dg-bogus "does not escape" } */
{
  return *q;
}

void
block (void)
{
  int x;			/* { dg-bogus "escapes to heap" } */
  leak (&x);
  leak (malloc (4));		/* { dg-bogus "escapes to heap" } */
}
