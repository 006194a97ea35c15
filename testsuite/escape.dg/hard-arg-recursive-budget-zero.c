/* -fplugin-arg-escape-recursive-budget=0 is valid: functions in a recursive cycle move nothing (recursive budget reason), the others still use the ordinary frame budget.  */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-recursive-budget=0 -fplugin-arg-escape-m=2" } */

#include <stdlib.h>

int
depth (int n)
{
  int *p = malloc (sizeof (int));	/* { dg-message "malloc\\(4\\) does not escape" } */
  /* { dg-message "  not moved to stack: recursive frame budget exhausted \\(0 \\+ 16 > 0\\)" "" { target *-*-* } 9 } */
  if (!p)
    return 0;
  *p = n;
  int r = n > 0 ? *p + depth (n - 1) : 0;
  free (p);
  return r;
}

static int odd (int n);

static int
even (int n)
{
  int *p = malloc (8);		/* { dg-message "malloc\\(8\\) does not escape" } */
  /* { dg-message "  not moved to stack: recursive frame budget exhausted \\(0 \\+ 16 > 0\\)" "" { target *-*-* } 24 } */
  if (!p)
    return 0;
  *p = n;
  int r = *p == 0 ? 1 : odd (n - 1);
  free (p);
  return r;
}

static int
odd (int n)
{
  return n == 0 ? 0 : even (n - 1);
}

int
not_recursive (int n)
{
  int *p = malloc (sizeof (int));	/* { dg-message "moved to stack: malloc\\(4\\)" } */
  if (!p)
    return 0;
  *p = even (n);
  int r = *p;
  free (p);
  return r;
}
