/* A block passed to qsort with a comparator of this file: qsort calls nothing
   but the comparator, whose parameters do not escape, so the block moves to the
   stack and is sorted there.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m" } */
#include <stdlib.h>

static int
cmp (const void *a, const void *b)	/* { dg-message "a does not escape" } */
  /* { dg-message "b does not escape" "" { target *-*-* } 9 } */
{
  int x = *(const int *) a, y = *(const int *) b;
  return (x > y) - (x < y);
}

static int
sorted (int n)
{
  int *v = malloc (n * sizeof (int));	/* { dg-message "moved to stack: malloc\\(\\.\\.\\.\\)" } */
  for (int i = 0; i < n; i++)
    v[i] = (i * 7919) % n;
  qsort (v, n, sizeof (int), cmp);
  int ok = 1;
  for (int i = 0; i < n; i++)
    ok &= v[i] == i;
  free (v);
  return ok;
}

int
main (void)
{
  if (!sorted (1000) || !sorted (1))
    abort ();
  return 0;
}
