/* Mutual recursion of two functions: the leak is found only by going around the cycle.  */
/* { dg-options "-fplugin-arg-escape-m" } */

int *sink;

int pong (int *p, int *q, const int *r, int n);

/* ping stores nothing; it swaps p and q on the way to pong.  */
int
ping (int *p, int *q, const int *r, int n)	/* { dg-message "leaking param: p" } */
/* { dg-message "leaking param: q" "" { target *-*-* } 10 } */
/* { dg-message "r does not escape" "" { target *-*-* } 10 } */
{
  if (n <= 0)
    return *r;
  return pong (q, p, r, n - 1);
}

/* pong stores its first parameter, and hands the others back unchanged.  */
int
pong (int *p, int *q, const int *r, int n)	/* { dg-message "leaking param: p" } */
/* { dg-message "leaking param: q" "" { target *-*-* } 21 } */
/* { dg-message "r does not escape" "" { target *-*-* } 21 } */
{
  if (n == 1)
    sink = p;
  return ping (p, q, r, n - 1);
}

/* Two functions that only read through the cycle: nothing leaks.  */
static int odd_sum (const int *a, int n);

static int
even_sum (const int *a, int n)	/* { dg-message "a does not escape" } */
{
  return n ? a[0] + odd_sum (a + 1, n - 1) : 0;
}

static int
odd_sum (const int *a, int n)	/* { dg-message "a does not escape" } */
{
  return n ? -a[0] + even_sum (a + 1, n - 1) : 0;
}

int
start (void)
{
  int v[4] = { 1, 2, 3, 4 };
  return even_sum (v, 4);
}
