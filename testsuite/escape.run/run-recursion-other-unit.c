/* Recursion through a function of another translation unit, 100000 deep with a
   128-byte block per frame: the call graph of this unit shows no cycle, but g may
   call back into f, so f gets the recursive budget (0) and its block stays on the
   heap (12.8 MB of stack otherwise).  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m=2" } */
/* { dg-additional-sources "run-recursion-other-unit-aux.c" } */
#include <stdlib.h>

long g (int n);

long
f (int n)
{
  volatile char *p = malloc (128);	/* { dg-message "malloc\\(128\\) does not escape" } */
  /* { dg-message "  not moved to stack: recursive frame budget exhausted \\(0 \\+ 128 > 0\\); it may be called again through g" "" { target *-*-* } 15 } */
  if (!p)
    abort ();
  p[0] = (char) n;
  p[127] = (char) (n >> 8);
  long r = n ? g (n - 1) : 0;
  r += (unsigned char) p[0] + (unsigned char) p[127];
  free ((void *) p);
  return r;
}

int
main (void)
{
  long want = 0;
  for (int i = 0; i <= 100000; i++)
    want += (unsigned char) i + (unsigned char) (i >> 8);
  return f (100000) != want;
}
