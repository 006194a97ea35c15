/* -m=2: a site inside an irreducible loop is treated as live across iterations.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m=2" } */
#include <stdlib.h>

static int
irr (int start, int n)
{
  int i = 0, s = 0;
  if (start)
    goto inside;
top:
  s += 1;
inside:;
  int *p = malloc (8);	/* { dg-message "malloc\\(8\\) does not escape" } */
  /* { dg-message "  not moved to stack: live across loop iterations" "" { target *-*-* } 15 } */
  p[0] = i;
  s += p[0];
  free (p);
  if (++i < n)
    goto top;
  return s;
}

int
main (void)
{
  if (irr (0, 10) != 10 + 45 || irr (1, 10) != 9 + 45)
    abort ();
  return 0;
}
