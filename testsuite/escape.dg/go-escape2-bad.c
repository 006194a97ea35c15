/* Cases where Go loses track at a store through a pointer (escape2.go foo62, foo72a, foo75aesc, foo77b) but stores into local memory stay local here.  */
/* { dg-options "-fplugin-arg-escape-m" } */

#include <stdlib.h>

struct s
{
  int *a, *b;
};

/* Go's foo62: "leaking param: i" because s.a is a store through a pointer.
   The block is this function's own and does not escape.  */
int *
foo62 (int *i)			/* { dg-message "i does not escape" } */
{
  struct s *s = malloc (sizeof *s);	/* { dg-message "malloc\\(16\\) does not escape" } */
  s->a = i;
  free (s);
  return 0;
}

/* Go's foo72a: x is "moved to heap" because its address outlives the loop
   body in y.  y never leaves the function.  */
void
foo72a (void)
{
  int *y[10];
  for (int i = 0; i < 10; i++)
    {
      int x = i;
      y[i] = &x;
    }
  (void) y;
}

/* Go's foo75aesc/foo77b: "*ppi = ..." loses track.  ppi points to a local.  */
int
foo75aesc (int *z)		/* { dg-message "z does not escape" } */
{
  int *local = 0;
  int **ppi = &local;
  *ppi = z;
  return *local;
}

/* A pointer to a local struct, then a store through it.  */
int
store_via_pointer (void)
{
  int x = 1, y = 2;
  struct s v = { 0, 0 };
  struct s *p = &v;
  p->a = &x;
  p->b = &y;
  return *v.a + *v.b;
}

/* A block allocated here holds the address of a local; both stay here.  */
int
block_holds_local (void)
{
  int x = 3;
  struct s *p = malloc (sizeof *p);	/* { dg-message "malloc\\(16\\) does not escape" } */
  if (!p)
    return 0;
  p->a = &x;
  p->b = p->a;
  int r = *p->b;
  free (p);
  return r;
}

/* Two blocks pointing at each other, neither leaves.  */
int
blocks_cycle (void)
{
  struct s *p = malloc (sizeof *p);	/* { dg-message "malloc\\(16\\) does not escape" } */
  struct s *q = malloc (sizeof *q);	/* { dg-message "malloc\\(16\\) does not escape" } */
  p->a = (int *) q;
  q->a = (int *) p;
  int r = p->a == (int *) q;
  free (p);
  free (q);
  return r;
}

/* Contrast: once the block is published, what it holds is too.  */
struct s *published;

void
block_published (int *i)	/* { dg-message "leaking param: i" } */
{
  int x = 4;			/* { dg-message "&x escapes to heap" } */
  struct s *p = malloc (sizeof *p);	/* { dg-message "malloc\\(16\\) escapes to heap" } */
  p->a = i;
  p->b = &x;
  published = p;
}
