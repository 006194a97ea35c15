/* Go's escape2.go foo71, foo79-foo81 and new(S) in C: allocations that are returned, kept in a loop, or grown.  */
/* { dg-options "-fplugin-arg-escape-m" } */

#include <stdlib.h>

int *
foo79 (void)
{
  return malloc (sizeof (int));	/* { dg-message "malloc\\(4\\) escapes to heap" } */
}

/* Go: "escapes to heap" (it only escapes the loop's scope).  Here z is a
   local that is never published.  */
int
foo80 (int n)
{
  int *z = 0;
  for (int i = 0; i < n; i++)
    {
      free (z);
      z = malloc (sizeof (int));	/* { dg-message "malloc\\(4\\) does not escape" } */
      *z = i;
    }
  int r = z ? *z : 0;
  free (z);
  return r;
}

int
foo81 (int n)
{
  int r = 0;
  for (int i = 0; i < n; i++)
    {
      int *z = calloc (1, sizeof (int));	/* { dg-message "calloc\\(1, 4\\) does not escape" } */
      r += *z;
      free (z);
    }
  return r;
}

/* Go's foo71 (append): realloc consumes y, and x goes into the grown block,
   which is returned.  */
int **
foo71 (int **y, size_t n, int *x)	/* { dg-message "leaking param: y" } */
/* { dg-message "leaking param: x" "" { target *-*-* } 45 } */
{
  y = realloc (y, (n + 1) * sizeof *y);	/* { dg-message "realloc\\(y, \\.\\.\\.\\) escapes to heap" } */
  y[n] = x;
  return y;
}

/* Go's foo71a: the address of a local goes into the returned block.  */
int **
foo71a (int x)			/* { dg-message "&x escapes to heap" } */
{
  int **y = malloc (sizeof *y);	/* { dg-message "malloc\\(8\\) escapes to heap" } */
  y[0] = &x;
  return y;
}

/* The size argument as written: a named variable, a constant, or "...".  */
void *
sized (size_t n, size_t m)
{
  void *a = malloc (n);		/* { dg-message "malloc\\(n\\) does not escape" } */
  void *b = calloc (n, m);	/* { dg-message "calloc\\(n, m\\) does not escape" } */
  void *c = malloc (n * m);	/* { dg-message "malloc\\(\\.\\.\\.\\) escapes to heap" } */
  free (a);
  free (b);
  return c;
}
