/* Under -flto the link inlines across units: scratch_sum, public here, goes
   into walk of lto-recursion-inlined-aux.c, which recurses 10,000 deep (40 MB
   of stack if its 4000-byte block moved, where the program has 8 MiB).  So a
   public function compiled for -flto moves nothing before inlining, and lto1's
   pass after inlining decides in the frame its body landed in (the copy that
   main calls moves there).  The helper returns when malloc fails: abort would
   make it a function that may be called again from a signal handler, which a
   compile for -flto takes as registered, and this test is about inlining.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m=2" } */
/* { dg-additional-sources "lto-recursion-inlined-aux.c" } */
/* { dg-escape-late } */
/* { dg-escape-gcc-min 12 "no pass after inlining under GCC 11 (plugin/gcc-compat.h)" } */
#include <stdlib.h>
#include "../escape.run/stack-limit.h"

int walk (int n);

int
scratch_sum (int v)
{
  char *buf = malloc (4000);	/* { dg-message "malloc\\(4000\\) does not escape" } */
  /* { dg-message "moved to stack: malloc\\(4000\\) \\(at link time\\)" "" { target *-*-* } 22 } */
  /* { dg-message "  not moved to stack: it may be inlined into a function of another file at link time" "" { target *-*-* } 22 } */
  if (!buf)
    return -1;
  for (int i = 0; i < 4000; i++)
    buf[i] = (char) (v * i + (i >> 3));
  int s = 0;
  for (int i = 0; i < 4000; i++)
    s += buf[(i * 7 + v) % 4000];
  free (buf);
  return s;
}

int
main (void)
{
  limit_stack_to_8_mib ();
  int s = 0;
  for (int i = 10000; i > 0; i--)
    s += scratch_sum (i);
  return walk (10000) != s;
}
