/* Blocks freed by a callee defined in the file, or a my_free wrapper, stay on the heap.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m" } */
#include <stdlib.h>

static long total;

static void
consume (int *p)	/* { dg-message "p does not escape" } */
{
  total += p[0];
  free (p);
}

static void
my_free (void *p)	/* { dg-message "p does not escape" } */
{
  free (p);
}

struct obj { char *buf; int n; };

static void
release (struct obj *o)	/* { dg-message "o does not escape" } */
{
  my_free (o->buf);
  my_free (o);
}

static void
f (int v)
{
  int *p = malloc (16);	/* { dg-message "malloc\\(16\\) does not escape" } */
  p[0] = v;
  consume (p);
}

static int
g (int v)
{
  char *b = malloc (32);	/* { dg-message "malloc\\(32\\) does not escape" } */
  b[0] = (char) v;
  int r = b[0];
  my_free (b);
  return r;
}

static int
h (int v)
{
  struct obj *o = malloc (sizeof *o);	/* { dg-message "malloc\\(16\\) does not escape" } */
  o->buf = malloc (8);	/* { dg-message "malloc\\(8\\) does not escape" } */
  o->n = v;
  o->buf[0] = 1;
  int r = o->n + o->buf[0];
  release (o);
  return r;
}

int
main (void)
{
  for (int i = 0; i < 1000; i++)
    {
      f (i);
      if (g (i & 63) != (i & 63))
	abort ();
      if (h (i) != i + 1)
	abort ();
    }
  if (total != 999 * 1000 / 2)
    abort ();
  return 0;
}
