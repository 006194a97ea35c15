/* Blocks passed to a function pointer (here one that frees) escape: they stay on the heap
   so the indirect free gets a heap block.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m" } */
#include <stdlib.h>

static void (*volatile dealloc) (void *) = free;

static int
f (int v)
{
  int *p = malloc (16);	/* { dg-message "malloc\\(16\\) escapes to heap" } */
  p[0] = v;
  int r = p[0];
  dealloc (p);
  return r;
}

struct ops { void (*release) (void *); };

static int
g (const struct ops *o, int v)	/* { dg-message "o does not escape" } */
{
  char *b = calloc (4, 4);	/* { dg-message "calloc\\(4, 4\\) escapes to heap" } */
  b[15] = (char) v;
  int r = b[15] + b[0];
  o->release (b);
  return r;
}

int
main (void)
{
  struct ops o = { free };
  for (int i = 0; i < 1000; i++)
    if (f (i) != i || g (&o, i & 63) != (i & 63))
      abort ();
  return 0;
}
