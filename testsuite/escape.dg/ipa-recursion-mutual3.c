/* A cycle of three functions: the stored parameter rotates, so every parameter leaks only after going around the cycle.  */
/* { dg-options "-fplugin-arg-escape-m" } */

int *keep;

void b3 (int *x, int *y, int *z, const int *w, int n);
void c3 (int *x, int *y, int *z, const int *w, int n);

/* a3 rotates its pointers; b3 passes them on; c3 stores x.  */
void
a3 (int *x, int *y, int *z, const int *w, int n)	/* { dg-message "leaking param: x" } */
/* { dg-message "leaking param: y" "" { target *-*-* } 11 } */
/* { dg-message "leaking param: z" "" { target *-*-* } 11 } */
/* { dg-message "w does not escape" "" { target *-*-* } 11 } */
{
  if (n > *w)
    b3 (y, z, x, w, n - 1);
}

void
b3 (int *x, int *y, int *z, const int *w, int n)	/* { dg-message "leaking param: x" } */
/* { dg-message "leaking param: y" "" { target *-*-* } 21 } */
/* { dg-message "leaking param: z" "" { target *-*-* } 21 } */
/* { dg-message "w does not escape" "" { target *-*-* } 21 } */
{
  if (n > 0)
    c3 (x, y, z, w, n - 1);
}

void
c3 (int *x, int *y, int *z, const int *w, int n)	/* { dg-message "leaking param: x" } */
/* { dg-message "leaking param: y" "" { target *-*-* } 31 } */
/* { dg-message "leaking param: z" "" { target *-*-* } 31 } */
/* { dg-message "w does not escape" "" { target *-*-* } 31 } */
{
  if (n == 0)
    keep = x;
  else
    a3 (x, y, z, w, n - 1);
}

/* The same shape for results: only r3 loads, the others pass the result on.  */
int *r1 (int **pp, int n);

int *
r2 (int **pp, int n)		/* { dg-message "leaking param: pp to result ~r0 level=1" } */
{
  return r1 (pp, n);
}

int *
r3 (int **pp, int n)		/* { dg-message "leaking param: pp to result ~r0 level=1" } */
{
  return n ? r2 (pp, n - 1) : *pp;
}

int *
r1 (int **pp, int n)		/* { dg-message "leaking param: pp to result ~r0 level=1" } */
{
  return r3 (pp, n);
}
