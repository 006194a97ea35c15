/* Allocation wrappers are part of the allocation: the site of a block made
   by xmalloc (declared malloc), by new_node (it returns only what xmalloc
   returned), by make_pair (the same, through new_node) or by pool_get (named
   in -allocator=) is the line of the call in the caller, and its lifetime
   counts from the caller's frame, also when the wrapper calls a function
   before it allocates (xmalloc_checked).  A site inside a wrapper counts only for
   the blocks its caller did not bracket: the second node of make_pair, and
   the block of wrap_aux, which this unit does not know for a wrapper (it is
   in the -aux.c unit); both in their caller's frame.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-allocator=pool_get" } */
/* { dg-additional-sources "profile-wrappers-aux.c" } */
#include <string.h>
#include "profile.h"

__attribute__ ((malloc)) static void *
xmalloc (size_t n)
{
  void *p = malloc (n);		/* { dg-profile calls 0 } */
  if (!p)
    abort ();
  return p;
}

/* A frame of its own (it may call abort), called by a wrapper before the
   wrapper allocates: the block is still the wrapper's caller's.  */
static void
check_limit (size_t n)
{
  if (n > 1000000)
    abort ();
}

__attribute__ ((malloc)) static void *
xmalloc_checked (size_t n)
{
  check_limit (n);
  return malloc (n);		/* { dg-profile calls 0 } */
}

struct node { int v; struct node *next; };

static struct node *
new_node (int v)
{
  struct node *n = xmalloc (sizeof *n);	/* { dg-profile calls 0 } */
  n->v = v;
  n->next = NULL;
  return n;
}

static struct node *
make_pair (void)
{
  struct node *a = new_node (1);	/* { dg-profile calls 0 } */
  a->next = new_node (2);		/* { dg-profile calls 10 k0 10 verdict call } */
  return a;
}

static void
build (struct node **out)
{
  *out = new_node (3);			/* { dg-profile calls 10 k1 10 verdict call } */
}

void *pool_get (size_t n);
void *
pool_get (size_t n)
{
  char *p = malloc (n);		/* { dg-profile calls 0 } */
  memset (p, 0, n);
  use (p);
  return p;
}

void *wrap_aux (size_t n);
/* { dg-profile profile-wrappers-aux.c:9 calls 10 bytes 480 k0 10 } */

static void
work (void)
{
  char *s = xmalloc (32);		/* { dg-profile calls 10 k0 10 verdict escapes } */
  use (s);
  free (s);
  char *c = xmalloc_checked (16);	/* { dg-profile calls 10 k0 10 } */
  use (c);
  free (c);
  char *q = pool_get (64);		/* { dg-profile calls 10 k0 10 } */
  free (q);
  char *w = wrap_aux (48);		/* { dg-profile calls 0 } */
  free (w);
  struct node *l = make_pair ();	/* { dg-profile calls 10 k0 10 verdict call } */
  free (l->next);
  free (l);
  struct node *b;
  build (&b);
  free (b);
}

int
main (void)
{
  for (int i = 0; i < N; i++)
    work ();
  return 0;
}
