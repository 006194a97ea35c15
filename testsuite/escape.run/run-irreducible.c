/* A site inside an irreducible loop (entered in its middle by goto) whose block
   is freed within its own trip moves to the stack: no pointer to it is live
   when the site runs again.  Its neighbours, which keep the block for the next
   trip, are in run-loop-liveness.c.  */
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
  int *p = malloc (8);	/* { dg-message "moved to stack: malloc\\(8\\)" } */
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
