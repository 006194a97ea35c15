/* -fplugin-arg-escape-frame-budget=0 is valid and leaves no room in any frame: every site that does not escape stays on the heap with the budget reason; max-size still applies first.  */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-frame-budget=0 -fplugin-arg-escape-m=2" } */

#include <stdlib.h>
#include <string.h>

int
two_sites (int v)
{
  int *a = malloc (16);		/* { dg-message "malloc\\(16\\) does not escape" } */
  /* { dg-message "  not moved to stack: frame budget exhausted \\(0 \\+ 16 > 0\\)" "" { target *-*-* } 10 } */
  int *b = calloc (1, 1);	/* { dg-message "calloc\\(1, 1\\) does not escape" } */
  /* { dg-message "  not moved to stack: frame budget exhausted \\(0 \\+ 16 > 0\\)" "" { target *-*-* } 12 } */
  if (!a || !b)
    return 0;
  a[0] = v + b[0];
  int r = a[0];
  free (a);
  free (b);
  return r;
}

int
variable (size_t n)
{
  char *p = malloc (n);		/* { dg-message "malloc\\(n\\) does not escape" } */
  /* { dg-message "  not moved to stack: frame budget exhausted \\(0 \\+ 4096 > 0\\)" "" { target *-*-* } 26 } */
  if (!p)
    return 0;
  memset (p, 0, n);
  int r = p[0];
  free (p);
  return r;
}

int
too_large_first (void)
{
  char *p = malloc (5000);	/* { dg-message "malloc\\(5000\\) does not escape" } */
  /* { dg-message "  not moved to stack: too large \\(5000 > max-size 4096\\)" "" { target *-*-* } 39 } */
  if (!p)
    return 0;
  p[0] = 1;
  int r = p[0];
  free (p);
  return r;
}
