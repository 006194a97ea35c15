/* -fplugin-arg-escape-frame-budget=N is inclusive and per function: blocks are charged in multiples of 16 in statement order until the next one would exceed N; another function starts again from 0.  */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-frame-budget=32 -fplugin-arg-escape-m=2" } */

#include <stdlib.h>

int
three (int v)
{
  char *a = malloc (1);		/* { dg-message "moved to stack: malloc\\(1\\)" } */
  char *b = malloc (16);	/* { dg-message "moved to stack: malloc\\(16\\)" } */
  char *c = malloc (1);		/* { dg-message "malloc\\(1\\) does not escape" } */
  /* { dg-message "  not moved to stack: frame budget exhausted \\(32 \\+ 16 > 32\\)" "" { target *-*-* } 11 } */
  if (!a || !b || !c)
    return 0;
  a[0] = b[0] = c[0] = (char) v;
  int r = a[0] + b[0] + c[0];
  free (a);
  free (b);
  free (c);
  return r;
}

int
fresh_budget (void)
{
  char *a = malloc (32);	/* { dg-message "moved to stack: malloc\\(32\\)" } */
  char *b = malloc (17);	/* { dg-message "malloc\\(17\\) does not escape" } */
  /* { dg-message "  not moved to stack: frame budget exhausted \\(32 \\+ 32 > 32\\)" "" { target *-*-* } 27 } */
  if (!a || !b)
    return 0;
  a[0] = 1;
  b[0] = 2;
  int r = a[0] + b[0];
  free (a);
  free (b);
  return r;
}
