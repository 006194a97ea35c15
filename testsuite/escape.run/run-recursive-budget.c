/* -fplugin-arg-escape-recursive-budget=64: only the first 64 bytes of a recursive
   function's sites move.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m -fplugin-arg-escape-recursive-budget=64" } */
#include <stdlib.h>

static long
rec (int n)
{
  int *a = malloc (32);	/* { dg-message "moved to stack: malloc\\(32\\)" } */
  int *b = malloc (20);	/* { dg-message "moved to stack: malloc\\(20\\)" } */
  int *c = malloc (16);	/* { dg-message "malloc\\(16\\) does not escape" } */
  a[7] = n;
  b[4] = 2 * n;
  c[3] = 3 * n;
  long r = n > 0 ? rec (n - 1) : 0;
  r += a[7] + b[4] + c[3];
  free (c);
  free (b);
  free (a);
  return r;
}

int
main (void)
{
  if (rec (10000) != 6L * (10000L * 10001 / 2))
    abort ();
  return 0;
}
