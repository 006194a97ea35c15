/* Every key given twice takes its last value, also when one of the two is the bare form: promote=1 then bare, max-size 64 then 16, frame-budget 0 then 64, recursive-budget 1 then 0, stats bare then 0, dump 1 then 0, m bare then 2.  */
/* { dg-options "-fplugin-arg-escape-promote=1 -fplugin-arg-escape-promote -fplugin-arg-escape-max-size=64 -fplugin-arg-escape-max-size=16 -fplugin-arg-escape-frame-budget=0 -fplugin-arg-escape-frame-budget=64 -fplugin-arg-escape-recursive-budget=1 -fplugin-arg-escape-recursive-budget=0 -fplugin-arg-escape-stats -fplugin-arg-escape-stats=0 -fplugin-arg-escape-dump=1 -fplugin-arg-escape-dump=0 -fplugin-arg-escape-m -fplugin-arg-escape-m=2" } */

#include <stdlib.h>

int
f (int v)
{
  int *p = malloc (16);		/* { dg-message "moved to stack: malloc\\(16\\)" } */
  int *q = malloc (32);		/* { dg-message "malloc\\(32\\) does not escape" } */
  /* { dg-message "  not moved to stack: too large \\(32 > max-size 16\\)" "" { target *-*-* } 10 } */
  if (!p || !q)
    return 0;
  p[0] = v;
  q[0] = p[0];
  int r = q[0];
  free (p);
  free (q);
  return r;
}
