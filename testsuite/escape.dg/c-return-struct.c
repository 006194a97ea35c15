/* Returning a struct by value that carries a parameter pointer.  */
/* { dg-options "-fplugin-arg-escape-m" } */

struct P { int *a; int n; };

int *g;

struct P
wrap (int *p)			/* { dg-message "leaking param: p to result ~r0 level=0" } */
{
  struct P r;
  r.a = p;
  r.n = 1;
  return r;
}

struct P
wrap_literal (int *p, int n)	/* { dg-message "leaking param: p to result ~r0 level=0" } */
{
  return (struct P) { p, n };
}

struct P
copy_out (struct P *s)		/* { dg-message "leaking param: s to result ~r0 level=1" } */
{
  return *s;
}

struct P
pass_through (struct P s)	/* { dg-message "leaking param: s to result ~r0 level=0" } */
{
  return s;
}

struct P
wrap_deref (int **pp)		/* { dg-message "leaking param: pp to result ~r0 level=1" } */
{
  struct P r = { *pp, 0 };
  return r;
}

struct P
no_pointer (int *p)		/* { dg-message "p does not escape" } */
{
  struct P r = { 0, *p };
  return r;
}

void
use_wrap (int *p)		/* { dg-message "leaking param: p" } */
{
  struct P x = wrap (p);
  g = x.a;
}

int
use_wrap_local (int *p)		/* { dg-message "p does not escape" } */
{
  struct P x = wrap (p);
  return *x.a;
}
