/* -fplugin-arg-escape-max-size=N is inclusive: a block of exactly N bytes moves, N + 1 does not; calloc's size is the product; a variable size is guarded and charged N (rounded to 16).  */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-max-size=16 -fplugin-arg-escape-m=2" } */

#include <stdlib.h>
#include <string.h>

int
exact (int v)
{
  int *p = malloc (16);		/* { dg-message "moved to stack: malloc\\(16\\)" } */
  int *q = malloc (17);		/* { dg-message "malloc\\(17\\) does not escape" } */
  /* { dg-message "  not moved to stack: too large \\(17 > max-size 16\\)" "" { target *-*-* } 11 } */
  int *c = calloc (4, 4);	/* { dg-message "moved to stack: calloc\\(4, 4\\)" } */
  int *d = calloc (3, 6);	/* { dg-message "calloc\\(3, 6\\) does not escape" } */
  /* { dg-message "  not moved to stack: too large \\(18 > max-size 16\\)" "" { target *-*-* } 14 } */
  if (!p || !q || !c || !d)
    return 0;
  p[0] = v;
  q[0] = p[0] + c[0] + d[0];
  int r = q[0];
  free (p);
  free (q);
  free (c);
  free (d);
  return r;
}

int
variable (size_t n)
{
  char *p = malloc (n);		/* { dg-message "moved to stack: malloc\\(n\\)" } */
  if (!p)
    return 0;
  memset (p, 0, n);
  int r = p[0];
  free (p);
  return r;
}
