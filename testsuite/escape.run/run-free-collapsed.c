/* A free whose pointer may point to more than 32 objects (its points-to set is
   collapsed to "any object whose address is taken") is guarded against every
   promoted block it may receive, and frees the heap blocks it gets.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m=2" } */
#include <stdio.h>
#include <stdlib.h>

struct box { struct box *next; int v; };

#define EACH(X) X(0) X(1) X(2) X(3) X(4) X(5) X(6) X(7) X(8) X(9) \
  X(10) X(11) X(12) X(13) X(14) X(15) X(16) X(17) X(18) X(19) \
  X(20) X(21) X(22) X(23) X(24) X(25) X(26) X(27) X(28) X(29) \
  X(30) X(31) X(32) X(33) X(34) X(35) X(36) X(37) X(38) X(39)
#define DECL(n) struct box l##n = { 0, n };
#define PICK(n) case n: p = &l##n; break;

static int
pick_and_free (int k)
{
  EACH (DECL)
  struct box *a = malloc (sizeof *a);	/* { dg-message "moved to stack: malloc\\(16\\)" } */
  struct box *b = malloc (sizeof *b);	/* { dg-message "moved to stack: malloc\\(16\\)" } */
  struct box *h = malloc (8192);	/* { dg-message "malloc\\(8192\\) does not escape" } */
  /* { dg-message "  not moved to stack: too large \\(8192 > max-size 4096\\)" "" { target *-*-* } 24 } */
  if (!a || !b || !h)
    abort ();
  a->v = 100;
  b->v = 200;
  h->v = 300;
  struct box *p;
  switch (k)
    {
      EACH (PICK)
    case 40: p = a; break;
    case 41: p = b; break;
    default: p = h; break;
    }
  int r = p->v;
  if (k >= 40)
    free (p);
  if (p != a)
    free (a);
  if (p != b)
    free (b);
  if (p != h)
    free (h);
  return r;
}

int
main (void)
{
  long sum = 0;
  for (int round = 0; round < 1000; round++)
    for (int k = 0; k < 43; k++)
      sum += pick_and_free (k);
  printf ("%ld\n", sum);
  return sum != 1000L * (780 + 100 + 200 + 300);
}
