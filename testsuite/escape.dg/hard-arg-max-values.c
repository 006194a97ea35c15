/* The largest valid values are accepted and work: max-size=1048576 with frame-budget=1048576 moves a block of exactly 1 MiB, not one byte more; recursive-budget=65536 likewise for a recursive function.  */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-max-size=1048576 -fplugin-arg-escape-frame-budget=1048576 -fplugin-arg-escape-recursive-budget=65536 -fplugin-arg-escape-m=2" } */

#include <stdlib.h>

int
mebibyte (void)
{
  char *p = malloc (1048576);	/* { dg-message "moved to stack: malloc\\(1048576\\)" } */
  if (!p)
    return 0;
  p[0] = 1;
  int r = p[0];
  free (p);
  return r;
}

int
one_more (void)
{
  char *p = malloc (1048577);	/* { dg-message "malloc\\(1048577\\) does not escape" } */
  /* { dg-message "  not moved to stack: too large \\(1048577 > max-size 1048576\\)" "" { target *-*-* } 21 } */
  if (!p)
    return 0;
  p[0] = 1;
  int r = p[0];
  free (p);
  return r;
}

int
recurse (int n)
{
  char *p = malloc (65536);	/* { dg-message "moved to stack: malloc\\(65536\\)" } */
  char *q = malloc (1);		/* { dg-message "malloc\\(1\\) does not escape" } */
  /* { dg-message "  not moved to stack: recursive frame budget exhausted \\(65536 \\+ 16 > 65536\\)" "" { target *-*-* } 35 } */
  if (!p || !q)
    return 0;
  p[0] = (char) n;
  q[0] = 0;
  int r = n > 0 ? p[0] + recurse (n - 1) : q[0];
  free (p);
  free (q);
  return r;
}
