/* A callee that frees a block it reaches through a struct whose address it is given
   consumes the block: the site must stay on the heap.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m=2" } */

#include <stdlib.h>

struct box { int *p; };

static void
release (struct box *b)		/* { dg-message "b does not escape" } */
{
  free (b->p);
}

static void
release_deep (struct box **bb)	/* { dg-message "bb does not escape" } */
{
  free ((*bb)->p);
}

int
through_struct (int v)
{
  struct box b;
  b.p = malloc (sizeof (int));	/* { dg-message "malloc\\(4\\) does not escape" } */
  /* { dg-message "  not moved to stack: freed in callee release" "" { target *-*-* } 26 } */
  if (!b.p)
    return -1;
  *b.p = v;
  int r = *b.p;
  release (&b);
  return r;
}

int
through_two_levels (int v)
{
  struct box b, *pb = &b;
  b.p = malloc (sizeof (int));	/* { dg-message "malloc\\(4\\) does not escape" } */
  /* { dg-message "  not moved to stack: freed in callee release_deep" "" { target *-*-* } 40 } */
  if (!b.p)
    return -1;
  *b.p = v;
  int r = *b.p;
  release_deep (&pb);
  return r;
}

int
main (void)
{
  if (through_struct (3) != 3 || through_two_levels (4) != 4)
    abort ();
  return 0;
}
