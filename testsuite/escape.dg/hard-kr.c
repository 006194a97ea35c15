/* K&R (old-style) definitions: notes are at each parameter's declaration in the declaration list (which may be in another order than the identifier list); summaries are used for calls through an unprototyped declaration.  */
/* { dg-options "-fplugin-arg-escape-m" } */

int *g;
int kr_late ();
void ext ();

int
use_late (void)
{
  int z = 1;
  return kr_late (&z);
}

void
kr_store (p)
     int *p;			/* { dg-message "leaking param: p" } */
{
  g = p;
}

int
kr_late (p)
     int *p;			/* { dg-message "p does not escape" } */
{
  return *p;
}

int *
kr_ident (r)
     int *r;			/* { dg-message "leaking param: r to result ~r0 level=0" } */
{
  return r;
}

int *
kr_load (pp)
     int **pp;			/* { dg-message "leaking param: pp to result ~r0 level=1" } */
{
  return *pp;
}

void
kr_swapped (a, b)
     int *b;			/* { dg-message "b does not escape" } */
     int *a;			/* { dg-message "a does not escape" } */
{
  *a = *b;
}

void
kr_two_on_a_line (a, b, n)
     int *a, *b;		/* { dg-message "a does not escape" } */
     /* { dg-message "leaking param: b" "" { target *-*-* } 53 } */
     int n;
{
  a[n] = 0;
  g = b;
}

int
kr_array (a, n)
     int a[];			/* { dg-message "a does not escape" } */
     int n;
{
  return a[n];
}

void
kr_array_leak (a)
     int a[];			/* { dg-message "leaking param: a" } */
{
  g = a;
}

void
caller_leak (void)
{
  int y = 5;			/* { dg-message "&y escapes to heap" } */
  kr_store (&y);
}

void
caller_unknown (void)
{
  int w = 0;			/* { dg-message "&w escapes to heap" } */
  ext (&w);
}
