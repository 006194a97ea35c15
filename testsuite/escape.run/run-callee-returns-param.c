/* Blocks passed through identity-like callees that return their parameter: the caller
   still sees the block, which does not escape: moved; the free through the result goes.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m" } */
#include <stdlib.h>

static int *
id (int *p)	/* { dg-message "leaking param: p to result ~r0 level=0" } */
{
  return p;
}

static int *
second (int *a, int *b)	/* { dg-message "a does not escape" } */
  /* { dg-message "leaking param: b to result ~r0 level=0" "" { target *-*-* } 14 } */
{
  a[0] += 1;
  return b;
}

static int
f (int v)
{
  int *p = id (malloc (16));	/* { dg-message "moved to stack: malloc\\(16\\)" } */
  p[0] = v;
  int *q = malloc (16);	/* { dg-message "moved to stack: malloc\\(16\\)" } */
  q[0] = 0;
  int *r = second (q, p);
  int res = r[0] * 10 + q[0];
  free (r);
  free (id (q));
  return res;
}

int
main (void)
{
  for (int i = 0; i < 100; i++)
    if (f (i) != i * 10 + 1)
      abort ();
  return 0;
}
