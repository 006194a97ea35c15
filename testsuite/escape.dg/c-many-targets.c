/* A pointer that may point to more than 32 objects has its points-to set
   collapsed to "any object whose address is taken", so that the analysis stays
   linear in the size of the function.  Stores through it then reach every such
   object: sound, and still off the heap while none of them escapes.  */
/* { dg-options "-fplugin-arg-escape-m" } */
#include <stdlib.h>

struct box { struct box *next; int v; };
struct box *gbox;

#define EACH(X) X(0) X(1) X(2) X(3) X(4) X(5) X(6) X(7) X(8) X(9) \
  X(10) X(11) X(12) X(13) X(14) X(15) X(16) X(17) X(18) X(19) \
  X(20) X(21) X(22) X(23) X(24) X(25) X(26) X(27) X(28) X(29) \
  X(30) X(31) X(32) X(33) X(34) X(35) X(36) X(37) X(38)
#define DECL(n) struct box l##n = { 0, n };
#define PICK(n) case n: p = &l##n; break;
#define SUM(n) + (l##n.next ? l##n.next->v : 0)

int
stays_local (int k, struct box *q)	/* { dg-message "q does not escape" } */
{
  EACH (DECL)
  struct box *p = &l0;
  switch (k) { EACH (PICK) }
  struct box *m = malloc (sizeof *m);	/* { dg-message "malloc\\(16\\) does not escape" } */
  if (!m)
    return 0;
  m->v = k;
  m->next = q;
  p->next = m;
  int s = 0 EACH (SUM);
  free (m);
  return s;
}

int
one_escapes (int k, struct box *q)	/* { dg-message "leaking param: q" } */
{
  EACH (DECL)
  struct box l39 = { 0, 39 };	/* { dg-message "&l39 escapes to heap" } */
  struct box *p = &l0;
  switch (k) { EACH (PICK) case 39: p = &l39; }
  struct box *m = malloc (sizeof *m);	/* { dg-message "malloc\\(16\\) escapes to heap" } */
  if (!m)
    return 0;
  m->v = k;
  m->next = q;
  p->next = m;
  gbox = &l39;
  return p->v;
}
