/* do-while loops with continue: a site freed on every path of its iteration is moved.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m" } */
#include <stdlib.h>

static long
f (int n)
{
  long s = 0;
  int i = 0;
  do
    {
      long *p = malloc (3 * sizeof (long));	/* { dg-message "moved to stack: malloc\\(24\\)" } */
      p[0] = i;
      p[1] = i * 2;
      p[2] = p[0] + p[1];
      if (i % 3 == 0)
	{
	  free (p);
	  continue;
	}
      s += p[2];
      free (p);
    }
  while (++i < n);
  return s;
}

int
main (void)
{
  long want = 0;
  for (int i = 0; i < 1000; i++)
    if (i % 3)
      want += 3 * i;
  if (f (1000) != want)
    abort ();
  return 0;
}
