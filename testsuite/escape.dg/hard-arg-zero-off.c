/* promote=0, stats=0 and dump=0 are valid and mean "off": nothing is moved, no "not moved" reasons, no summary line, no graph dump; the -m notes are those of plain -m, and the code is the same without -m.  */
/* { dg-options "-fplugin-arg-escape-promote=0 -fplugin-arg-escape-stats=0 -fplugin-arg-escape-dump=0 -fplugin-arg-escape-m=2" } */

#include <stdlib.h>

int
scratch (int v)
{
  int *p = malloc (16);		/* { dg-message "malloc\\(16\\) does not escape" } */
  if (!p)
    return 0;
  p[0] = v;
  int r = p[0];
  free (p);
  return r;
}

int
reader (const int *q)		/* { dg-message "q does not escape" } */
{
  return *q;
}

/* { dg-bogus "moved to stack|allocation sites|escape graph" "" { target *-*-* } 0 } */
/* { dg-final { escape-same-code-without-m } } */
