/* Recursion 100000 deep with a small malloc/free per frame: moved within the recursive
   budget, and the stack does not overflow.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m" } */
#include <stdlib.h>

static long
rec (int n)
{
  int *p = malloc (16);	/* { dg-message "moved to stack: malloc\\(16\\)" } */
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
