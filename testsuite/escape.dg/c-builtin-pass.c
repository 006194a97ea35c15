/* __builtin_expect and __builtin_assume_aligned pass their pointer argument through.  */
/* { dg-options "-fplugin-arg-escape-m" } */

int *g;

void
expect_global (int *p)		/* { dg-message "leaking param: p" } */
{
  g = (int *) __builtin_expect ((long) p, 0);
}

int *
aligned_result (int *p)		/* { dg-message "leaking param: p to result ~r0 level=0" } */
{
  return __builtin_assume_aligned (p, 16);
}

void
aligned_global (int *p)		/* { dg-message "leaking param: p" } */
{
  g = __builtin_assume_aligned (p, 16);
}

int
aligned_read (int *p)		/* { dg-message "p does not escape" } */
{
  int *q = __builtin_assume_aligned (p, 16);
  return *q;
}

void
expect_local (void)
{
  int x;			/* { dg-message "&x escapes to heap" } */
  g = (int *) __builtin_expect ((long) &x, 0);
}

int
expect_cond (int *p)		/* { dg-message "p does not escape" } */
{
  if (__builtin_expect (p == 0, 0))
    return 0;
  return *p;
}

int *
expect_result (int **pp)	/* { dg-message "leaking param: pp to result ~r0 level=1" } */
{
  return (int *) __builtin_expect ((long) *pp, 1);
}
