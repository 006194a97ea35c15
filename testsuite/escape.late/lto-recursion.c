/* Under -flto, whether a function may be active twice is decided on the whole
   program's call graph (in WPA), also where each function is compiled in an
   LTRANS partition of its own and every call into another partition is opaque
   there.  A block of a function that calls back into itself through a function
   of another unit stays on the heap (recursive budget 0); a block of a function
   whose callee in another unit only reads it, and calls nothing back, moves to
   the stack.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m" } */
/* { dg-additional-sources "lto-recursion-aux.c" } */
/* { dg-escape-late } */
/* { dg-escape-gcc-min 12 "no pass after inlining under GCC 11 (plugin/gcc-compat.h)" } */
#include <stdlib.h>

long calls;
int walk (int n);
int peek (const int *p);

__attribute__ ((noinline)) int
depth (int n)
{
  int *p = malloc (4 * sizeof (int));	/* { dg-bogus "moved to stack" } */
  /* { dg-message "malloc\\(16\\) escapes to heap" "" { target *-*-* } 22 } */
  p[0] = n;
  int r = n > 0 ? walk (n - 1) + peek (p) : peek (p);
  free (p);
  return r;
}

__attribute__ ((noinline)) int
once (int n)
{
  int *p = malloc (4 * sizeof (int));	/* { dg-message "moved to stack: malloc\\(16\\) \\(at link time\\)" } */
  /* { dg-message "malloc\\(16\\) escapes to heap" "" { target *-*-* } 33 } */
  p[0] = n;
  int r = peek (p);
  free (p);
  return r;
}

int
main (void)
{
  if (depth (100) != 5050 || once (3) != 3 || calls != 202)
    abort ();
  return 0;
}
