/* -m only reports: the object code is byte-identical with and without it.  */
/* { dg-options "-fplugin-arg-escape-m" } */

#include <stdlib.h>

int *keep;

int
read_it (int *p)	/* { dg-message "p does not escape" } */
{
  return *p + 1;
}

void
keep_it (int *p)	/* { dg-message "leaking param: p" } */
{
  keep = p;
}

int
scratch (int n)
{
  int *a = malloc (64);	/* { dg-message "malloc\\(64\\) does not escape" } */
  if (!a)
    return -1;
  a[0] = n;
  int r = a[0] * 2;
  free (a);
  return r;
}

/* { dg-final { escape-same-code-without-m } } */
