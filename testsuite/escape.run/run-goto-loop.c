/* Loops written with goto: a site whose block is freed before jumping back moves; one
   whose block is carried to the next round does not.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m" } */
#include <stdlib.h>

static int
fresh (int n)
{
  int i = 0, s = 0;
again:;
  int *p = malloc (16);	/* { dg-message "moved to stack: malloc\\(16\\)" } */
  p[0] = i;
  s += p[0];
  free (p);
  if (++i < n)
    goto again;
  return s;
}

static int
carried (int n)
{
  int i = 0, s = 0;
  int *prev = 0;
again:;
  int *p = malloc (16);	/* { dg-message "malloc\\(16\\) does not escape" } */
  p[0] = i;
  if (prev)
    {
      s += prev[0] * 2 - p[0];
      free (prev);
    }
  prev = p;
  if (++i < n)
    goto again;
  s += prev[0];
  free (prev);
  return s;
}

int
main (void)
{
  if (fresh (100) != 4950)
    abort ();
  /* sum over i=1..n-1 of (i-1)*2 - i, plus n-1.  */
  long want = 0;
  for (int i = 1; i < 100; i++)
    want += (i - 1) * 2 - i;
  want += 99;
  if (carried (100) != want)
    abort ();
  return 0;
}
