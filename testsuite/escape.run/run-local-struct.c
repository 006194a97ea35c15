/* Pointers to blocks kept in a local struct or local array do not escape: moved.  A struct
   that also holds an int read as such moves its block too: the int read reads only the
   int's bytes, which hold no pointer; so does a struct copied whole, whose parts are
   those of the struct it was copied from.  A field as wide as a pointer is read as a
   value the analysis follows.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m" } */
#include <stdlib.h>

struct holder { int *data; int n; };

static int
sum (const struct holder *h)	/* { dg-message "h does not escape" } */
{
  int s = 0;
  for (int i = 0; i < h->n; i++)
    s += h->data[i];
  return s;
}

static int
use_holder (int base)
{
  struct holder h;
  h.n = 8;
  h.data = malloc (8 * sizeof (int));	/* { dg-message "moved to stack: malloc\\(32\\)" } */
  for (int i = 0; i < h.n; i++)
    h.data[i] = base + i;
  int s = sum (&h);
  free (h.data);
  return s;
}

static int
use_array (int v)
{
  int *ptrs[3];
  ptrs[0] = malloc (sizeof (int));	/* { dg-message "moved to stack: malloc\\(4\\)" } */
  ptrs[1] = malloc (sizeof (int));	/* { dg-message "moved to stack: malloc\\(4\\)" } */
  ptrs[2] = malloc (sizeof (int));	/* { dg-message "moved to stack: malloc\\(4\\)" } */
  *ptrs[0] = v;
  *ptrs[1] = v * 10;
  *ptrs[2] = v * 100;
  int s = *ptrs[0] + *ptrs[1] + *ptrs[2];
  free (ptrs[2]);
  free (ptrs[1]);
  free (ptrs[0]);
  return s;
}

struct pair { struct holder a, b; };

static int
nested (int v)
{
  struct pair pr = { { 0, 1 }, { 0, 1 } };
  pr.a.data = malloc (sizeof (int));	/* { dg-message "moved to stack: malloc\\(4\\)" } */
  pr.b.data = malloc (sizeof (int));	/* { dg-message "moved to stack: malloc\\(4\\)" } */
  *pr.a.data = v;
  *pr.b.data = -v;
  struct pair copy = pr;
  int s = sum (&copy.a) * 3 + sum (&copy.b);
  free (copy.a.data);
  free (pr.b.data);
  return s;
}

struct wide_holder { int *data; long n; };

static long
wide_sum (const struct wide_holder *h)	/* { dg-message "h does not escape" } */
{
  long s = 0;
  for (long i = 0; i < h->n; i++)
    s += h->data[i];
  return s;
}

static long
use_wide_holder (int base)
{
  struct wide_holder h;
  h.n = 8;
  h.data = malloc (8 * sizeof (int));	/* { dg-message "moved to stack: malloc\\(32\\)" } */
  for (long i = 0; i < h.n; i++)
    h.data[i] = base + (int) i;
  long s = wide_sum (&h);
  free (h.data);
  return s;
}

int
main (void)
{
  if (use_holder (1) != 36)
    abort ();
  if (use_array (2) != 222)
    abort ();
  if (nested (5) != 10)
    abort ();
  if (use_wide_holder (1) != 36)
    abort ();
  return 0;
}
