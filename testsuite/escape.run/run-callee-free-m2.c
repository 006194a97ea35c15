/* -m=2: sites freed by callees give "not moved to stack: freed in callee NAME".  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m=2" } */
#include <stdlib.h>

static void
my_free (void *p)	/* { dg-message "p does not escape" } */
{
  free (p);
}

static void
drop (int *q)	/* { dg-message "q does not escape" } */
{
  if (q[0] > 0)
    my_free (q);
  else
    free (q);
}

static int
a (int v)
{
  int *p = malloc (16);	/* { dg-message "malloc\\(16\\) does not escape" } */
  /* { dg-message "  not moved to stack: freed in callee my_free" "" { target *-*-* } 24 } */
  p[0] = v;
  int r = p[0];
  my_free (p);
  return r;
}

static int
b (int v)
{
  int *p = malloc (16);	/* { dg-message "malloc\\(16\\) does not escape" } */
  /* { dg-message "  not moved to stack: freed in callee drop" "" { target *-*-* } 35 } */
  p[0] = v;
  int r = p[0] * 2;
  drop (p);
  return r;
}

static int
c (int v)
{
  int *p = malloc (16);	/* { dg-message "moved to stack: malloc\\(16\\)" } */
  int *q = malloc (16);	/* { dg-message "malloc\\(16\\) does not escape" } */
  /* { dg-message "  not moved to stack: freed in callee my_free" "" { target *-*-* } 47 } */
  p[0] = v;
  q[0] = v + 1;
  int r = p[0] + q[0];
  free (p);
  my_free (q);
  return r;
}

int
main (void)
{
  if (a (3) != 3 || b (4) != 8 || b (-4) != -8 || c (5) != 11)
    abort ();
  return 0;
}
