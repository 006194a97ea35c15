/* -fplugin-arg-escape-frame-budget=32: only the first sites of each function move.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m=2 -fplugin-arg-escape-frame-budget=32" } */
#include <stdlib.h>

static int
f (int v)
{
  int *a = malloc (16);	/* { dg-message "moved to stack: malloc\\(16\\)" } */
  int *b = malloc (8);	/* { dg-message "moved to stack: malloc\\(8\\)" } */
  int *c = malloc (4);	/* { dg-message "malloc\\(4\\) does not escape" } */
  /* { dg-message "  not moved to stack: frame budget exhausted \\(32 \\+ 16 > 32\\)" "" { target *-*-* } 11 } */
  a[3] = v;
  b[1] = v * 2;
  c[0] = v * 3;
  int r = a[3] + b[1] + c[0];
  free (c);
  free (b);
  free (a);
  return r;
}

static int
g (int v)
{
  char *a = malloc (32);	/* { dg-message "moved to stack: malloc\\(32\\)" } */
  char *b = malloc (1);	/* { dg-message "malloc\\(1\\) does not escape" } */
  /* { dg-message "  not moved to stack: frame budget exhausted \\(32 \\+ 16 > 32\\)" "" { target *-*-* } 27 } */
  a[31] = (char) v;
  b[0] = (char) v;
  int r = a[31] + b[0];
  free (a);
  free (b);
  return r;
}

static int
h (size_t n)
{
  char *a = malloc (n);	/* { dg-message "malloc\\(n\\) does not escape" } */
  /* { dg-message "  not moved to stack: frame budget exhausted \\(0 \\+ 4096 > 32\\)" "" { target *-*-* } 40 } */
  char *b = malloc (33);	/* { dg-message "malloc\\(33\\) does not escape" } */
  /* { dg-message "  not moved to stack: frame budget exhausted \\(0 \\+ 48 > 32\\)" "" { target *-*-* } 42 } */
  char *c = malloc (17);	/* { dg-message "moved to stack: malloc\\(17\\)" } */
  a[n - 1] = 1;
  b[32] = 2;
  c[16] = 3;
  int r = a[n - 1] + b[32] + c[16];
  free (a);
  free (b);
  free (c);
  return r;
}

int
main (void)
{
  if (f (1) != 6 || g (2) != 4 || h (10) != 6)
    abort ();
  return 0;
}
