/* -fsanitize=kernel-address with --param asan-stack=0 does not instrument the stack: even with -fplugin-arg-escape-promote-sanitized a block moved there would lose the bounds checks KASAN gives the heap, so nothing moves and -m=2 says why. */
/* { dg-options "-fsanitize=kernel-address --param asan-stack=0 -fplugin-arg-escape-promote-sanitized -fplugin-arg-escape-promote -fplugin-arg-escape-m=2" } */
#include <stdlib.h>
#include <string.h>

int
fixed (int v)
{
  int *p = malloc (4 * sizeof (int));	/* { dg-message "malloc\\(16\\) does not escape" } */
  /* { dg-message "  not moved to stack: -fsanitize=kernel-address does not check the bounds of stack objects here" "" { target *-*-* } 9 } */
  if (!p)
    return 0;
  p[2] = v;
  int r = p[2];
  free (p);
  return r;
}

int
variable (size_t n)
{
  char *p = malloc (n);		/* { dg-message "malloc\\(n\\) does not escape" } */
  /* { dg-message "  not moved to stack: -fsanitize=kernel-address does not check the bounds of run-time stack allocations here" "" { target *-*-* } 22 } */
  if (!p)
    return 0;
  memset (p, 1, n);
  int r = p[n - 1];
  free (p);
  return r;
}
