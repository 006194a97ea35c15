/* A block that escapes on only one path escapes: it stays on the heap on every path.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m" } */
#include <stdlib.h>

static int *kept;

static int
maybe_keep (int v)
{
  int *p = malloc (16);	/* { dg-message "malloc\\(16\\) escapes to heap" } */
  p[0] = v;
  if (v == 42)
    {
      kept = p;
      return 1;
    }
  free (p);
  return 0;
}

static int
clobber (int n)
{
  volatile int buf[512];
  for (int i = 0; i < 512; i++)
    buf[i] = -n;
  return buf[n & 511];
}

int
main (void)
{
  int hits = 0;
  for (int v = 0; v < 100; v++)
    hits += maybe_keep (v);
  clobber (7);
  if (hits != 1 || kept[0] != 42)
    abort ();
  free (kept);
  return 0;
}
