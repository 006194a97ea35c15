/* -fsanitize=address with --param asan-instrument-allocas=0 checks local objects but not run-time stack allocations: with -fplugin-arg-escape-promote-sanitized a constant size moves, a variable one stays on the heap and -m=2 says why. */
/* { dg-options "-fsanitize=address --param asan-instrument-allocas=0 -fplugin-arg-escape-promote-sanitized -fplugin-arg-escape-promote -fplugin-arg-escape-m=2" } */
#include <stdlib.h>
#include <string.h>

int
fixed (int v)
{
  int *p = malloc (4 * sizeof (int));	/* { dg-message "moved to stack: malloc\\(16\\)" } */
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
  /* { dg-message "  not moved to stack: -fsanitize=address does not check the bounds of run-time stack allocations here" "" { target *-*-* } 21 } */
  if (!p)
    return 0;
  memset (p, 1, n);
  int r = p[n - 1];
  free (p);
  return r;
}
