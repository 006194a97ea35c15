/* VLAs and alloca are stack objects: no allocation notes; a VLA whose address escapes is reported.  */
/* { dg-options "-fplugin-arg-escape-m" } */

#include <alloca.h>

int *g;

int
vla_local (int n)
{
  int a[n];			/* { dg-bogus "escapes" } */
  for (int i = 0; i < n; i++)
    a[i] = i;
  return a[n - 1];
}

void
vla_escapes (int n)
{
  int a[n];			/* { dg-message "&a escapes to heap" } */
  a[0] = 0;
  g = a;
}

int
vla_holds_param (int n, int *p)	/* { dg-message "p does not escape" } */
{
  int *arr[n];
  for (int i = 0; i < n; i++)
    arr[i] = p;
  return *arr[0];
}

int
alloca_local (int n)
{
  int *p = alloca (n * sizeof (int));	/* { dg-bogus "alloca|escape" } */
  p[0] = 1;
  return p[0];
}

void
alloca_escapes (int n)
{
  int *p = __builtin_alloca (n);	/* { dg-bogus "alloca|escape" } */
  g = p;
}

int
alloca_holds_param (int *q)	/* { dg-message "q does not escape" } */
{
  int **p = alloca (2 * sizeof (int *));
  p[0] = q;
  p[1] = q + 1;
  return *p[0] + *p[1];
}

void
vla_param (int n, int (*m)[n])	/* { dg-message "leaking param: m" } */
{
  g = m[0];
}

/* { dg-final { escape-same-code-without-m } } */
