/* Direct recursion: a leak that reaches a parameter only through the recursive call.  */
/* { dg-options "-fplugin-arg-escape-m" } */

int *sink;

/* Only A is stored, but each call passes B (then C) in A's place.  */
void
rotate (int *a, int *b, int *c, int n)	/* { dg-message "leaking param: a" } */
/* { dg-message "leaking param: b" "" { target *-*-* } 8 } */
/* { dg-message "leaking param: c" "" { target *-*-* } 8 } */
{
  if (n == 0)
    {
      sink = a;
      return;
    }
  rotate (b, c, a, n - 1);
}

/* D is passed along unchanged and only read: it does not escape.  */
void
swap_store (int *a, int *b, const int *d, int n)	/* { dg-message "leaking param: a" } */
/* { dg-message "leaking param: b" "" { target *-*-* } 22 } */
/* { dg-message "d does not escape" "" { target *-*-* } 22 } */
{
  if (n <= *d)
    {
      sink = a;
      return;
    }
  swap_store (b, a, d, n - 1);
}

int
sum (const int *p, int n)	/* { dg-message "p does not escape" } */
{
  return n ? *p + sum (p + 1, n - 1) : 0;
}

/* The base case returns the parameter, the recursive case returns what the
   recursive call returns.  */
int *
last (int *p, int n)		/* { dg-message "leaking param: p to result ~r0 level=0" } */
{
  return n ? last (p + 1, n - 1) : p;
}

/* The level grows through the recursion: each call loads once more, so the
   fixed point is "leaks content to the result at every level >= 1".  */
void *
chase (void **pp, int n)	/* { dg-message "leaking param: pp to result ~r0 level=1" } */
{
  return n ? chase ((void **) *pp, n - 1) : *pp;
}
