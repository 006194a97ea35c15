/* A variable-size site in a loop, alternately small (stack) and large (heap), freed in
   each iteration: the guarded free releases exactly the heap blocks.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m" } */
#include <stdlib.h>
#include <string.h>

static long
loop (int iters)
{
  long s = 0;
  for (int i = 0; i < iters; i++)
    {
      size_t n = (i % 2) ? 100000 + (size_t) i : 16 + (size_t) i % 100;
      unsigned char *p = malloc (n);	/* { dg-message "moved to stack: malloc\\(n\\)" } */
      memset (p, (unsigned char) i, n);
      s += p[0] + p[n - 1];
      free (p);
    }
  return s;
}

int
main (void)
{
  long want = 0;
  for (int i = 0; i < 20000; i++)
    want += 2 * (unsigned char) i;
  if (loop (20000) != want)
    abort ();
  return 0;
}
