/* -m=2: variable-size sites are charged max-size against the default 16384-byte frame
   budget: the fifth one stays on the heap.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m=2" } */
#include <stdlib.h>
#include <string.h>

static long
five (size_t n)
{
  char *a = malloc (n);	/* { dg-message "moved to stack: malloc\\(n\\)" } */
  char *b = malloc (n);	/* { dg-message "moved to stack: malloc\\(n\\)" } */
  char *c = malloc (n);	/* { dg-message "moved to stack: malloc\\(n\\)" } */
  char *d = malloc (n);	/* { dg-message "moved to stack: malloc\\(n\\)" } */
  char *e = malloc (n);	/* { dg-message "malloc\\(n\\) does not escape" } */
  /* { dg-message "  not moved to stack: frame budget exhausted \\(16384 \\+ 4096 > 16384\\)" "" { target *-*-* } 15 } */
  char *f = malloc (1);	/* { dg-message "malloc\\(1\\) does not escape" } */
  /* { dg-message "  not moved to stack: frame budget exhausted \\(16384 \\+ 16 > 16384\\)" "" { target *-*-* } 17 } */
  memset (a, 1, n);
  memset (b, 2, n);
  memset (c, 3, n);
  memset (d, 4, n);
  memset (e, 5, n);
  f[0] = 6;
  long s = 0;
  for (size_t i = 0; i < n; i++)
    s += a[i] + b[i] + c[i] + d[i] + e[i];
  s += f[0];
  free (a); free (b); free (c); free (d); free (e); free (f);
  return s;
}

int
main (void)
{
  static const size_t ns[] = { 1, 10, 4096, 4097, 100000 };
  for (unsigned i = 0; i < 5; i++)
    if (five (ns[i]) != 15 * (long) ns[i] + 6)
      abort ();
  return 0;
}
