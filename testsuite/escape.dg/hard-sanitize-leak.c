/* -fsanitize=leak reports heap blocks never freed; a promoted block has no free to check, so under it nothing moves unless -fplugin-arg-escape-promote-sanitized asks, and -m=2 says why. */
/* { dg-options "-fsanitize=leak -fplugin-arg-escape-promote -fplugin-arg-escape-m=2" } */
#include <stdlib.h>
#include <string.h>

int
fixed (int v)
{
  int *p = malloc (4 * sizeof (int));	/* { dg-message "malloc\\(16\\) does not escape" } */
  /* { dg-message "  not moved to stack: -fsanitize=leak checks heap blocks for leaks, use after free and double free \\(-fplugin-arg-escape-promote-sanitized moves them anyway\\)" "" { target *-*-* } 9 } */
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
  /* { dg-message "  not moved to stack: -fsanitize=leak checks heap blocks for leaks, use after free and double free \\(-fplugin-arg-escape-promote-sanitized moves them anyway\\)" "" { target *-*-* } 22 } */
  if (!p)
    return 0;
  memset (p, 1, n);
  int r = p[n - 1];
  free (p);
  return r;
}
