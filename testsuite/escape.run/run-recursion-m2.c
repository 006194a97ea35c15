/* -m=2: a recursive frame budget of 256 bytes, opted into: the reasons for sites that
   stay.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-recursive-budget=256 -fplugin-arg-escape-m=2" } */
#include <stdlib.h>

static int odd (int);

static int
even (int n)
{
  char *a = malloc (200);	/* { dg-message "moved to stack: malloc\\(200\\)" } */
  char *b = malloc (100);	/* { dg-message "malloc\\(100\\) does not escape" } */
  /* { dg-message "  not moved to stack: recursive frame budget exhausted \\(208 \\+ 112 > 256\\)" "" { target *-*-* } 13 } */
  char *c = malloc (48);	/* { dg-message "moved to stack: malloc\\(48\\)" } */
  a[0] = 1;
  b[0] = 2;
  c[0] = 3;
  int r = n == 0 ? 1 : odd (n - 1);
  r += a[0] + b[0] + c[0] - 6;
  free (a);
  free (b);
  free (c);
  return r;
}

static int
odd (int n)
{
  int *p = malloc (300);	/* { dg-message "malloc\\(300\\) does not escape" } */
  /* { dg-message "  not moved to stack: recursive frame budget exhausted \\(0 \\+ 304 > 256\\)" "" { target *-*-* } 30 } */
  p[0] = n;
  int r = n == 0 ? 0 : even (n - 1);
  r += p[0] - n;
  free (p);
  return r;
}

static int
not_recursive (void)
{
  int *p = malloc (1000);	/* { dg-message "moved to stack: malloc\\(1000\\)" } */
  p[0] = 5;
  int r = p[0];
  free (p);
  return r;
}

int
main (void)
{
  if (even (10) != 1 || even (11) != 0 || odd (7) != 1 || odd (1000) != 0)
    abort ();
  if (not_recursive () != 5)
    abort ();
  return 0;
}
