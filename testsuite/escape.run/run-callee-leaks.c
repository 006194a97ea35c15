/* Blocks passed to callees that store their parameter in a global, or in memory reached
   through another parameter, escape and stay on the heap.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m" } */
#include <stdlib.h>

static int *saved;

static void
save (int *p)	/* { dg-message "leaking param: p" } */
{
  saved = p;
}

static void
link_to (int **slot, int *p)	/* { dg-message "slot does not escape" } */
  /* { dg-message "leaking param: p" "" { target *-*-* } 16 } */
{
  *slot = p;
}

static void
f (int v)
{
  int *p = malloc (16);	/* { dg-message "malloc\\(16\\) escapes to heap" } */
  p[0] = v;
  save (p);
}

static int **table;

static void
g (int v)
{
  int *p = malloc (16);	/* { dg-message "malloc\\(16\\) escapes to heap" } */
  p[0] = v;
  link_to (table, p);
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
  table = malloc (sizeof (int *));	/* { dg-message "malloc\\(8\\) escapes to heap" } */
  f (4);
  g (5);
  clobber (1);
  if (saved[0] != 4 || (*table)[0] != 5)
    abort ();
  free (saved);
  free (*table);
  free (table);
  return 0;
}
