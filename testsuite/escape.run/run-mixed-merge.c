/* A free that may receive a moved block or a heap block (too large, not moved) is guarded:
   the heap block is still freed, the stack block is not.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m" } */
#include <stdlib.h>
#include <string.h>

static long
pick (int big)
{
  char *p = big
    ? malloc (100000)	/* { dg-message "malloc\\(100000\\) does not escape" } */
    : malloc (100);	/* { dg-message "moved to stack: malloc\\(100\\)" } */
  size_t n = big ? 100000 : 100;
  memset (p, 3, n);
  long s = 0;
  for (size_t i = 0; i < n; i += 10)
    s += p[i];
  free (p);
  return s;
}

static int
replace (int v)
{
  int *p = malloc (16);	/* { dg-message "moved to stack: malloc\\(16\\)" } */
  p[0] = v;
  if (v > 10)
    {
      free (p);
      p = malloc (65536);	/* { dg-message "malloc\\(65536\\) does not escape" } */
      p[0] = v * 2;
    }
  int r = p[0];
  free (p);
  return r;
}

int
main (void)
{
  for (int i = 0; i < 2000; i++)
    {
      if (pick (i & 1) != ((i & 1) ? 30000 : 30))
	abort ();
      if (replace (i) != (i > 10 ? 2 * i : i))
	abort ();
    }
  return 0;
}
