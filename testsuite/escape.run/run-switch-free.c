/* Blocks freed in different switch cases, some cases returning early: moved.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m" } */
#include <stdlib.h>

static int
op (int k, int v)
{
  int *a = malloc (16);	/* { dg-message "moved to stack: malloc\\(16\\)" } */
  int *b = malloc (16);	/* { dg-message "moved to stack: malloc\\(16\\)" } */
  a[0] = v;
  b[0] = v * 2;
  int r;
  switch (k)
    {
    case 0:
      r = a[0];
      free (a);
      free (b);
      break;
    case 1:
      r = b[0];
      free (b);
      return r + 1000;
    case 2:
      free (a);
      a = b;
      /* Fall through.  */
    case 3:
      r = a[0] + 1;
      free (a);
      break;
    default:
      r = -1;
    }
  return r;
}

int
main (void)
{
  for (int v = 0; v < 1000; v++)
    if (op (0, v) != v || op (1, v) != 2 * v + 1000 || op (2, v) != 2 * v + 1
	|| op (3, v) != v + 1 || op (7, v) != -1)
      abort ();
  return 0;
}
