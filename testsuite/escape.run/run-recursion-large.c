/* Recursion 100000 deep with a 1 KiB block per frame: over the recursive budget, stays on
   the heap (100 MB of stack otherwise).  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m" } */
#include <stdlib.h>
#include <string.h>

static long
rec (int n)
{
  char *p = malloc (1024);	/* { dg-message "malloc\\(1024\\) does not escape" } */
  if (!p)
    abort ();
  memset (p, n & 0x7f, 1024);
  long r = n ? rec (n - 1) : 0;
  r += p[0] + p[1023];
  free (p);
  return r;
}

static long
rec_var (int n, size_t sz)
{
  char *p = malloc (sz);	/* { dg-message "malloc\\(sz\\) does not escape" } */
  if (!p)
    abort ();
  p[0] = 1;
  p[sz - 1] = 1;
  long r = n ? rec_var (n - 1, sz) : 0;
  r += p[0] + p[sz - 1];
  free (p);
  return r;
}

int
main (void)
{
  long want = 0;
  for (int i = 0; i <= 100000; i++)
    want += 2 * (i & 0x7f);
  if (rec (100000) != want)
    abort ();
  /* A variable size is charged max-size (4096) against the 256-byte budget.  */
  if (rec_var (100000, 200) != 2L * 100001)
    abort ();
  return 0;
}
