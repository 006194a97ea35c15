/* A block freed on only some paths (and leaked on others) still moves to the stack.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m" } */
#include <stdlib.h>

static int
maybe_free (int x)
{
  int *p = malloc (32);	/* { dg-message "moved to stack: malloc\\(32\\)" } */
  p[0] = x;
  p[7] = x + 1;
  if (x > 5)
    {
      int r = p[0] * 2 + p[7];
      free (p);
      return r;
    }
  return p[0] + p[7];
}

static int
early_exit (int n)
{
  char *a = malloc (16);	/* { dg-message "moved to stack: malloc\\(16\\)" } */
  char *b = malloc (24);	/* { dg-message "moved to stack: malloc\\(24\\)" } */
  for (int i = 0; i < 16; i++)
    a[i] = (char) (n + i);
  if (n < 0)
    {
      free (a);
      return -1;
    }
  for (int i = 0; i < 24; i++)
    b[i] = a[i % 16];
  int s = 0;
  for (int i = 0; i < 24; i++)
    s += b[i];
  if (n & 1)
    free (b);
  else
    free (a);
  return s;
}

static int
early_exit_ref (int n)
{
  if (n < 0)
    return -1;
  int s = 0;
  for (int i = 0; i < 24; i++)
    s += (char) (n + i % 16);
  return s;
}

int
main (void)
{
  for (int x = 0; x < 100000; x++)
    {
      int want = x > 5 ? 3 * x + 1 : 2 * x + 1;
      if (maybe_free (x) != want)
	abort ();
    }
  for (int n = -3; n < 50000; n++)
    if (early_exit (n) != early_exit_ref (n))
      abort ();
  return 0;
}
