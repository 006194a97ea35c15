/* A helper whose address is taken may be inlined where it is called through a
   function pointer once GCC knows the pointer's value: here walk is only ever
   given scratch_sum, and at -O2 interprocedural constant propagation makes its
   call through VISIT a direct call, which the inliner takes into walk's frame,
   10,000 levels deep (40 MB of stack where the program has 8 MiB).  Before
   inlining the helper's block stays on the heap.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m=2" } */
#include <stdio.h>
#include <stdlib.h>
#include "stack-limit.h"

static int
scratch_sum (int v)
{
  char *buf = malloc (4000);	/* { dg-message "malloc\\(4000\\) does not escape" } */
  /* { dg-message "  not moved to stack: it may be inlined where it is called through a function pointer" "" { target *-*-* } 16 } */
  if (!buf)
    abort ();
  for (int i = 0; i < 4000; i++)
    buf[i] = (char) (v * i + (i >> 3));
  int s = 0;
  for (int i = 0; i < 4000; i++)
    s += buf[(i * 7 + v) % 4000];
  free (buf);
  return s;
}

static int
walk (int n, int (*visit) (int))	/* { dg-message "visit does not escape" } */
{
  if (n == 0)
    return 0;
  char tag[512];
  snprintf (tag, sizeof tag, "level %d", n);
  if (tag[0] != 'l')
    abort ();
  int s = visit (n);
  return s + walk (n - 1, visit) + walk (n & 1 ? 0 : n / 2000000, visit);
}

int
main (void)
{
  limit_stack_to_8_mib ();
  int s = 0;
  for (int i = 10000; i > 0; i--)
    s += scratch_sum (i);
  return walk (10000, scratch_sum) != s;
}
