/* Recursion 100000 deep with a small malloc/free per frame: the depth of a recursion
   is not known at compile time, so by default (recursive-budget=0) nothing in a
   recursive cycle moves, and the stack does not grow.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m=2" } */
#include <stdlib.h>

static long
rec (int n)
{
  int *p = malloc (16);	/* { dg-message "malloc\\(16\\) does not escape" } */
  /* { dg-message "  not moved to stack: recursive frame budget exhausted \\(0 \\+ 16 > 0\\)" "" { target *-*-* } 11 } */
  if (!p)
    abort ();
  p[0] = n;
  p[3] = n & 7;
  long r = n ? rec (n - 1) : 0;
  r += p[0] + p[3];
  free (p);
  return r;
}

static long
rec_ref (int n)
{
  long r = 0;
  for (int i = 0; i <= n; i++)
    r += i + (i & 7);
  return r;
}

int
main (void)
{
  if (rec (100000) != rec_ref (100000))
    abort ();
  return 0;
}
