/* A 128-byte block malloc'd and freed in each frame of a recursion 100000 deep: the
   depth is not known at compile time, so by default (recursive-budget=0) the block stays
   on the heap and the stack does not overflow.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m=2" } */
#include <stdlib.h>

__attribute__ ((noinline)) static long
rec (int n)
{
  /* Volatile: -O2 cannot keep a promoted block in registers.  */
  volatile char *p = malloc (128);	/* { dg-message "malloc\\(128\\) does not escape" } */
  /* { dg-message "  not moved to stack: recursive frame budget exhausted \\(0 \\+ 128 > 0\\)" "" { target *-*-* } 12 } */
  if (!p)
    abort ();
  p[0] = (char) (n & 0x7f);
  p[127] = (char) (n & 0x3f);
  long r = (n ? rec (n - 1) : 0) + p[0] + p[127];
  free ((void *) p);
  return r;
}

int
main (void)
{
  long want = 0;
  for (int i = 0; i <= 100000; i++)
    want += (i & 0x7f) + (i & 0x3f);
  if (rec (100000) != want)
    abort ();
  return 0;
}
