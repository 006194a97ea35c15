/* Recursion through a function pointer, 100000 deep with a 128-byte block per frame:
   the indirect call may reach walk again, so walk gets the recursive budget (0) and
   its block stays on the heap.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m=2" } */
#include <stdlib.h>

long (*volatile next) (int);

long
walk (int n)
{
  volatile char *p = malloc (128);	/* { dg-message "malloc\\(128\\) does not escape" } */
  /* { dg-message "  not moved to stack: recursive frame budget exhausted \\(0 \\+ 128 > 0\\); it may be called again through a function pointer" "" { target *-*-* } 13 } */
  if (!p)
    abort ();
  p[0] = (char) n;
  long r = n ? next (n - 1) : 0;
  r += (unsigned char) p[0];
  free ((void *) p);
  return r;
}

int
main (void)
{
  long want = 0;
  for (int i = 0; i <= 100000; i++)
    want += (unsigned char) i;
  next = walk;
  return walk (100000) != want;
}
