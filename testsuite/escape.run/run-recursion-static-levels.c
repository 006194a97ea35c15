/* A static function that calls into another file moves its block at -O0 as at
   -O2 (GCC marks every static function to be emitted at -O0, which made it count
   as reachable from outside); one whose address goes to the other file, which
   calls it back 100000 deep, keeps its 128-byte block on the heap at every level
   (12.8 MB of stack otherwise).  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m=2" } */
/* { dg-additional-sources "run-recursion-static-levels-aux.c" } */
#include <stdlib.h>

long ext_count (int n);
long ext_call (long (*fn) (int), int n);

static long
local (int n)
{
  volatile char *p = malloc (128);	/* { dg-message "moved to stack: malloc\\(128\\)" } */
  if (!p)
    abort ();
  p[0] = (char) n;
  long r = ext_count (n) + (unsigned char) p[0];
  free ((void *) p);
  return r;
}

static long
deep (int n)
{
  volatile char *p = malloc (128);	/* { dg-message "malloc\\(128\\) does not escape" } */
  /* { dg-message "  not moved to stack: recursive frame budget exhausted \\(0 \\+ 128 > 0\\); it may be called again through ext_call" "" { target *-*-* } 29 } */
  if (!p)
    abort ();
  p[0] = (char) n;
  long r = n ? ext_call (deep, n - 1) : 0;
  r += (unsigned char) p[0];
  free ((void *) p);
  return r;
}

int
main (void)
{
  long s = 0, want_s = 0, want = 0;
  for (int i = 0; i < 1000; i++)
    {
      s += local (i);
      want_s += (i & 7) + (unsigned char) i;
    }
  for (int i = 0; i <= 100000; i++)
    want += (unsigned char) i;
  return s != want_s || deep (100000) != want;
}
