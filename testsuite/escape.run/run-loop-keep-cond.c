/* A block kept across iterations only on some iterations (best-so-far) is not moved;
   results are right.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m" } */
#include <stdlib.h>

static int
best (const int *vals, int n)	/* { dg-message "vals does not escape" } */
{
  int *keep = 0;
  for (int i = 0; i < n; i++)
    {
      int *p = malloc (sizeof (int));	/* { dg-message "malloc\\(4\\) does not escape" } */
      *p = vals[i];
      if (!keep || *p > *keep)
	{
	  free (keep);
	  keep = p;
	}
      else
	free (p);
    }
  int r = keep ? *keep : -1;
  free (keep);
  return r;
}

int
main (void)
{
  static const int v[] = { 3, 9, 2, 7, 9, 1, 8 };
  if (best (v, 7) != 9 || best (v, 1) != 3 || best (v, 0) != -1)
    abort ();
  static const int w[] = { 5, 4, 3, 2, 1 };
  if (best (w, 5) != 5)
    abort ();
  return 0;
}
