/* A block passed to qsort with a comparator of this file: qsort calls nothing
   but the comparator, whose parameters do not escape, so the block moves to the
   stack and is sorted there.  The unsafe neighbours stay on the heap and are
   read after their function returned: a block sorted by a comparator that keeps
   an element's address, and one whose element bsearch finds and the caller
   keeps.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m" } */
#include <stdlib.h>

static int
cmp (const void *a, const void *b)	/* { dg-message "a does not escape" } */
  /* { dg-message "b does not escape" "" { target *-*-* } 12 } */
{
  int x = *(const int *) a, y = *(const int *) b;
  return (x > y) - (x < y);
}

static int
sorted (int n)
{
  int *v = malloc (n * sizeof (int));	/* { dg-message "moved to stack: malloc\\(\\.\\.\\.\\)" } */
  for (int i = 0; i < n; i++)
    v[i] = (i * 7919) % n;
  qsort (v, n, sizeof (int), cmp);
  int ok = 1;
  for (int i = 0; i < n; i++)
    ok &= v[i] == i;
  free (v);
  return ok;
}

static const int *last;

static int
keeping (const void *a, const void *b)	/* { dg-message "leaking param: a" } */
  /* { dg-message "b does not escape" "" { target *-*-* } 36 } */
{
  last = a;
  return *(const int *) a - *(const int *) b;
}

static void
sort_kept (void)
{
  int *v = malloc (4 * sizeof (int));	/* { dg-message "malloc\\(16\\) escapes to heap" } */
  for (int i = 0; i < 4; i++)
    v[i] = 40 - i;
  qsort (v, 4, sizeof (int), keeping);
}

static const int *found;

static void
search_kept (int key)
{
  int *v = malloc (3 * sizeof (int));	/* { dg-message "malloc\\(12\\) escapes to heap" } */
  for (int i = 0; i < 3; i++)
    v[i] = 2 * i;
  found = bsearch (&key, v, 3, sizeof (int), cmp);
}

static void
clobber (void)
{
  volatile char buf[512];
  for (int i = 0; i < 512; i++)
    buf[i] = (char) 0xa5;
}

int
main (void)
{
  if (!sorted (1000) || !sorted (1))
    abort ();
  sort_kept ();
  search_kept (4);
  clobber ();
  if (*last < 37 || *last > 40 || !found || *found != 4)
    abort ();
  return 0;
}
