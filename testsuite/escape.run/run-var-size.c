/* Variable sizes that are sometimes small (stack) and sometimes huge (heap): contents are
   right either way and both kinds of block are freed.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m" } */
#include <stdlib.h>
#include <string.h>

static long
fill_sum (size_t n)
{
  unsigned char *p = malloc (n);	/* { dg-message "moved to stack: malloc\\(n\\)" } */
  if (!p)
    return -1;
  for (size_t i = 0; i < n; i++)
    p[i] = (unsigned char) (i * 7);
  long s = 0;
  for (size_t i = 0; i < n; i++)
    s += p[i];
  free (p);
  return s;
}

static long
fill_sum_ref (size_t n)
{
  long s = 0;
  for (size_t i = 0; i < n; i++)
    s += (unsigned char) (i * 7);
  return s;
}

static int
two_sizes (size_t small, size_t huge)
{
  int *a = malloc (small * sizeof (int));	/* { dg-message "moved to stack: malloc\\(\\.\\.\\.\\)" } */
  int *b = malloc (huge * sizeof (int));	/* { dg-message "moved to stack: malloc\\(\\.\\.\\.\\)" } */
  for (size_t i = 0; i < small; i++)
    a[i] = (int) i;
  for (size_t i = 0; i < huge; i++)
    b[i] = (int) (huge - i);
  int ok = a != b;
  for (size_t i = 0; i < small; i++)
    ok &= a[i] == (int) i;
  for (size_t i = 0; i < huge; i++)
    ok &= b[i] == (int) (huge - i);
  free (a);
  free (b);
  return ok;
}

int
main (void)
{
  static const size_t sizes[] = { 1, 2, 15, 16, 17, 100, 4095, 4096, 4097, 8192,
				  65536, 1 << 20, 3 << 20 };
  for (unsigned k = 0; k < sizeof sizes / sizeof sizes[0]; k++)
    for (int rep = 0; rep < 3; rep++)
      if (fill_sum (sizes[k]) != fill_sum_ref (sizes[k]))
	abort ();
  for (int rep = 0; rep < 40; rep++)
    if (fill_sum (rep % 2 ? 1 << 20 : 100) != fill_sum_ref (rep % 2 ? 1 << 20 : 100))
      abort ();
  if (!two_sizes (10, 1 << 18) || !two_sizes (1 << 18, 10) || !two_sizes (1000, 1000))
    abort ();
  return 0;
}
