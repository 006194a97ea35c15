/* -fplugin-arg-escape-stats alone (no -m, no promote) analyses the unit and prints only the summary line: nothing is moved.  */
/* { dg-options "-fplugin-arg-escape-stats" } */
/* { dg-message "escape: 3 allocation sites, 1 escape, 0 moved to stack \\(0 bytes\\)" "" { target *-*-* } 0 } */

#include <stdlib.h>

int *g;

int
local (int v)
{
  int *p = malloc (16);		/* { dg-bogus "escape" } */
  int *q = calloc (2, 4);	/* { dg-bogus "escape" } */
  if (!p || !q)
    return 0;
  p[0] = v + q[0];
  int r = p[0];
  free (p);
  free (q);
  return r;
}

void
leak (void)
{
  g = malloc (4);		/* { dg-bogus "escape" } */
}
