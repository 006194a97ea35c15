/* An always_inline helper lands in its caller's frame at every -O level, -O0
   included: its 4000-byte block would be in each of the 10,000 levels of walk
   (40 MB of stack where the program has 8 MiB), so it stays on the heap.  A
   helper that no recursive function calls keeps its block on the stack.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m=2" } */
#include <stdlib.h>
#include "stack-limit.h"

static inline __attribute__ ((always_inline)) int
scratch_sum (int v)
{
  char *buf = malloc (4000);	/* { dg-message "malloc\\(4000\\) does not escape" } */
  /* { dg-message "  not moved to stack: it may be inlined into walk, which may be active twice" "" { target *-*-* } 13 } */
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

static inline __attribute__ ((always_inline)) int
scratch_once (int v)
{
  char *buf = malloc (4000);	/* { dg-message "moved to stack: malloc\\(4000\\)" } */
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
walk (int n)
{
  if (n == 0)
    return 0;
  int s = scratch_sum (n);
  return s + walk (n - 1) + walk (n & 1 ? 0 : n / 2000000);
}

static int
walk_loop (int n)
{
  int s = 0;
  for (int i = n; i > 0; i--)
    s += scratch_once (i);
  return s;
}

int
main (void)
{
  limit_stack_to_8_mib ();
  return walk (10000) != walk_loop (10000);
}
