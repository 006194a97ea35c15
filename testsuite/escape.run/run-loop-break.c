/* In a search loop the block of the matching iteration survives the break; blocks of the
   other iterations are freed in their iteration: moved, the kept one is right.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m" } */
#include <stdlib.h>

static int
search (int target, int limit)
{
  int *found = 0;
  for (int i = 0; i < limit; i++)
    {
      int *p = malloc (2 * sizeof (int));	/* { dg-message "moved to stack: malloc\\(8\\)" } */
      p[0] = i;
      p[1] = i * i;
      if (p[1] >= target)
	{
	  found = p;
	  break;
	}
      free (p);
    }
  if (!found)
    return -1;
  int r = found[0] * 1000 + (found[1] - found[0] * found[0]);
  free (found);
  return r;
}

int
main (void)
{
  if (search (50, 100) != 8000)
    abort ();
  if (search (0, 100) != 0)
    abort ();
  if (search (1000000, 10) != -1)
    abort ();
  return 0;
}
