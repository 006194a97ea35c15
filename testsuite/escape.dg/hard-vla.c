/* Variable-length arrays beyond c-vla-alloca.c: blocks stored in a VLA of pointers stay local, pointers stored in a VLA (also inside a variably modified struct) leak only when read back into a global, 2-D VLA parameters, malloc of a VLA type, a VLA reached through a returned pointer, and VLAs declared in a loop.  */
/* { dg-options "-fplugin-arg-escape-m -Wno-return-local-addr" } */

#include <stdlib.h>

int *g;

int
vla_of_blocks (int n)
{
  int *a[n];
  for (int i = 0; i < n; i++)
    a[i] = malloc (sizeof (int));	/* { dg-message "malloc\\(4\\) does not escape" } */
  int s = 0;
  for (int i = 0; i < n; i++)
    {
      *a[i] = i;
      s += *a[i];
      free (a[i]);
    }
  return s;
}

void
vla_of_ptrs_leak (int n, int *p)	/* { dg-message "leaking param: p" } */
{
  int *a[n];
  a[0] = p;
  g = a[0];
}

int
vla_2d_read (int n, int a[n][n])	/* { dg-message "a does not escape" } */
{
  return a[n - 1][n - 1];
}

void
vla_2d_leak (int n, int a[n][n])	/* { dg-message "leaking param: a" } */
{
  g = a[1];
}

int
malloc_vla_type (int n)
{
  int (*m)[n] = malloc (sizeof (int[n]));	/* { dg-message "malloc\\(\\.\\.\\.\\) does not escape" } */
  if (!m)
    return 0;
  (*m)[0] = n;
  int r = (*m)[0];
  free (m);
  return r;
}

int
vla_struct (int n, int *p)	/* { dg-message "p does not escape" } */
{
  struct { int len; int *items[n]; } s;
  s.len = n;
  s.items[0] = p;
  return *s.items[0] + s.len;
}

void
vla_struct_leak (int n, int *p)	/* { dg-message "leaking param: p" } */
{
  struct { int *items[n]; } s;
  s.items[0] = p;
  g = s.items[0];
}

int *
vla_returned (int n)
{
  int a[n];			/* { dg-message "&a escapes to heap" } */
  a[0] = 1;
  int *p = a;
  return p;
}

int
vla_in_loop (int n, int *p)	/* { dg-message "p does not escape" } */
{
  int s = 0;
  for (int k = 1; k <= n; k++)
    {
      int *row[k];
      for (int i = 0; i < k; i++)
	row[i] = p + i;
      s += *row[k - 1];
    }
  return s;
}
