/* With -fopenmp a parallel region is outlined and started through GOMP_parallel, an external function given a block holding the shared pointers: those pointers escape (conservatively, as for any unknown callee).  The outlined functions' artificial parameters get no notes, and allocations inside a region are analysed in the outlined function.  */
/* { dg-options "-fopenmp -fplugin-arg-escape-m -fplugin-arg-escape-promote" } */

#include <stdlib.h>

int *g;

void
scale (int *a, int n, int k)	/* { dg-message "leaking param: a" } */
{
#pragma omp parallel for
  for (int i = 0; i < n; i++)
    a[i] *= k;
}

int
sum_scratch (const int *src, int n)	/* { dg-message "leaking param: src" } */
{
  int *tmp = malloc (n * sizeof (int));	/* { dg-message "malloc\\(\\.\\.\\.\\) escapes to heap" } */
  if (!tmp)
    return 0;
#pragma omp parallel for
  for (int i = 0; i < n; i++)
    tmp[i] = src[i] * 2;
  int s = 0;
  for (int i = 0; i < n; i++)
    s += tmp[i];
  free (tmp);
  return s;
}

void
per_iteration (int *a, int n)	/* { dg-message "leaking param: a" } */
{
#pragma omp parallel for
  for (int i = 0; i < n; i++)
    {
      int *t = malloc (sizeof (int));	/* { dg-message "moved to stack: malloc\\(4\\)" } */
      if (!t)
	continue;
      *t = a[i];
      a[i] = *t + 1;
      free (t);
    }
}

void
region_leak (void)
{
#pragma omp parallel
  {
    int *t = malloc (sizeof (int));	/* { dg-message "malloc\\(4\\) escapes to heap" } */
    g = t;
  }
}

void
store (int *p)			/* { dg-message "leaking param: p" } */
{
  g = p;
}

int
serial (const int *q)		/* { dg-message "q does not escape" } */
{
  return *q;
}

/* { dg-final { escape-same-code-without-m } } */
