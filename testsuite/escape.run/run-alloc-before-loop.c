/* A block allocated before a loop and replaced inside it: the first site (outside the
   loop) moves; so does the one in the loop, whose previous block is freed before it
   runs again (f).  Where the previous block is still read after the new one is
   allocated (f_copied), the site in the loop stays on the heap, and the free in the
   loop must only release heap blocks.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m" } */
#include <stdlib.h>

static int
f (int n)
{
  int *p = malloc (sizeof (int));	/* { dg-message "moved to stack: malloc\\(4\\)" } */
  *p = 0;
  for (int i = 1; i <= n; i++)
    {
      if (i % 4 == 0)
	{
	  int old = *p;
	  free (p);
	  p = malloc (sizeof (int));	/* { dg-message "moved to stack: malloc\\(4\\)" } */
	  *p = old;
	}
      *p += i;
    }
  int r = *p;
  free (p);
  return r;
}

static int
f_copied (int n)
{
  int *p = malloc (sizeof (int));	/* { dg-message "moved to stack: malloc\\(4\\)" } */
  *p = 0;
  for (int i = 1; i <= n; i++)
    {
      if (i % 4 == 0)
	{
	  int *q = malloc (sizeof (int));	/* { dg-message "malloc\\(4\\) does not escape" } */
	  *q = *p;
	  free (p);
	  p = q;
	}
      *p += i;
    }
  int r = *p;
  free (p);
  return r;
}

static int
used_across (int n)
{
  int *acc = calloc (4, sizeof (int));	/* { dg-message "moved to stack: calloc\\(4, 4\\)" } */
  for (int i = 0; i < n; i++)
    acc[i & 3] += i;
  int r = acc[0] - acc[1] + acc[2] - acc[3];
  free (acc);
  return r;
}

int
main (void)
{
  for (int n = 0; n < 100; n++)
    if (f (n) != n * (n + 1) / 2 || f_copied (n) != n * (n + 1) / 2)
      abort ();
  /* Groups (4k, 4k+1, 4k+2, 4k+3) add 4k - (4k+1) + (4k+2) - (4k+3) = -2 each.  */
  if (used_across (400) != -200)
    abort ();
  return 0;
}
