/* A block whose address is an asm operand escapes (conservatively).  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m" } */
#include <stdlib.h>

static int
f (int v)
{
  int *p = malloc (16);	/* { dg-message "malloc\\(16\\) escapes to heap" } */
  p[0] = v;
  __asm__ volatile ("" : : "r" (p) : "memory");
  int r = p[0];
  free (p);
  return r;
}

static int
g (int v)
{
  int *p = malloc (16);	/* { dg-message "malloc\\(16\\) escapes to heap" } */
  int *q;
  __asm__ ("mov %1, %0" : "=r" (q) : "r" (p));
  q[0] = v;
  int r = p[0];
  free (q);
  return r;
}

int
main (void)
{
  if (f (3) != 3 || g (4) != 4)
    abort ();
  return 0;
}
