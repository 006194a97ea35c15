/* Sites in inner and outer loop bodies whose blocks die within their iteration: moved,
   and each iteration sees fresh contents.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m" } */
#include <stdlib.h>
#include <string.h>

static long
grid (int rows, int cols)
{
  long total = 0;
  for (int r = 0; r < rows; r++)
    {
      long *row = calloc (cols, sizeof (long));	/* { dg-message "moved to stack: calloc\\(cols, 8\\)" } */
      for (int c = 0; c < cols; c++)
	{
	  int *cell = malloc (2 * sizeof (int));	/* { dg-message "moved to stack: malloc\\(8\\)" } */
	  cell[0] = r;
	  cell[1] = c;
	  row[c] += cell[0] * 100 + cell[1];
	  free (cell);
	}
      for (int c = 0; c < cols; c++)
	total += row[c];
      free (row);
    }
  return total;
}

static long
grid_ref (int rows, int cols)
{
  long total = 0;
  for (int r = 0; r < rows; r++)
    for (int c = 0; c < cols; c++)
      total += r * 100 + c;
  return total;
}

static int
triple (int n)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    for (int j = 0; j < n; j++)
      for (int k = 0; k < n; k++)
	{
	  char *t = malloc (4);	/* { dg-message "moved to stack: malloc\\(4\\)" } */
	  t[0] = (char) i;
	  t[1] = (char) j;
	  t[2] = (char) k;
	  s += t[0] + t[1] + t[2];
	  free (t);
	}
  return s;
}

int
main (void)
{
  if (grid (50, 60) != grid_ref (50, 60))
    abort ();
  if (grid (3, 1000) != grid_ref (3, 1000))
    abort ();
  /* Each of i, j, k takes each value 0..9 100 times: 3 * 100 * 45.  */
  if (triple (10) != 13500)
    abort ();
  return 0;
}
