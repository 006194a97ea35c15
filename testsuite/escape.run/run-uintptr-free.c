/* A block whose address goes through uintptr_t before being freed: either tracked (moved
   and the free removed) or treated as escaping, but never moved with the free kept.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m" } */
#include <stdlib.h>
#include <stdint.h>

static int
f (int v)
{
  int *p = malloc (16);	/* { dg-message "(moved to stack: malloc\\(16\\)|malloc\\(16\\) escapes to heap)" } */
  p[0] = v;
  uintptr_t u = (uintptr_t) p;
  int r = ((int *) u)[0];
  free ((void *) u);
  return r;
}

static int
g (int v)
{
  char *p = malloc (32);	/* { dg-message "(moved to stack: malloc\\(32\\)|malloc\\(32\\) escapes to heap)" } */
  p[0] = (char) v;
  uintptr_t u = (uintptr_t) p ^ 0x5a5a;
  int r = p[0];
  free ((void *) (u ^ 0x5a5a));
  return r;
}

int
main (void)
{
  for (int i = 0; i < 100; i++)
    if (f (i) != i || g (i) != i)
      abort ();
  return 0;
}
