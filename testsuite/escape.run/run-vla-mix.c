/* Blocks moved to the stack in functions and loops that also use VLAs (stack save and
   restore): contents stay right and the stack does not grow.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m" } */
#include <stdlib.h>
#include <string.h>

static long
f (int iters, int w)
{
  long s = 0;
  for (int i = 0; i < iters; i++)
    {
      char vla[w + (i & 7)];
      char *p = malloc (64);	/* { dg-message "moved to stack: malloc\\(64\\)" } */
      memset (vla, 1, sizeof vla);
      memset (p, 2, 64);
      s += vla[sizeof vla - 1] + p[63] + (long) sizeof vla;
      free (p);
    }
  return s;
}

int
main (void)
{
  long want = 0;
  for (int i = 0; i < 1000000; i++)
    want += 3 + 100 + (i & 7);
  if (f (1000000, 100) != want)
    abort ();
  return 0;
}
