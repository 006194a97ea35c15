/* The shapes that move because a callee's summary says where it stores its
   argument (init storing the block into the caller's local struct) land where
   GCC inlines the helper that allocates: scratch_sum, inlined into walk, which
   recurses 10,000 deep with 8 MiB of stack, keeps its 4000 bytes on the heap
   ("it may be inlined into walk"); the same helper declared noinline moves its
   block.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m=2" } */
#include <stdio.h>
#include <stdlib.h>
#include "stack-limit.h"

struct node { struct node *left, *right; int v; };
struct ctx { char *buf; long n; };

__attribute__ ((noinline)) static void
init (struct ctx *c, char *buf, long n)	/* { dg-message "c does not escape" } */
/* { dg-message "leaking param: buf" "" { target *-*-* } 17 } */
/* { dg-message "  flow: \\{heap\\} = buf:" "" { target *-*-* } 17 } */
/* { dg-message "    from c->buf = buf \\(store\\) at \\S*run-param-stores-recursion\\.c:22:10" "" { target *-*-* } 17 } */
{
  c->buf = buf;
  c->n = n;
}

static int
fill_and_sum (struct ctx *c, int v)	/* { dg-message "c does not escape" } */
{
  for (long i = 0; i < c->n; i++)
    c->buf[i] = (char) (v * i + (i >> 3));
  int s = 0;
  for (long i = 0; i < c->n; i++)
    s += c->buf[(i * 7 + v) % c->n];
  return s;
}

static int
scratch_sum (const struct node *n)	/* { dg-message "n does not escape" } */
{
  struct ctx c;
  char *buf = malloc (4000);	/* { dg-message "malloc\\(4000\\) does not escape" } */
  /* { dg-message "  not moved to stack: it may be inlined into walk, which may be active twice" "" { target *-*-* } 41 } */
  if (!buf)
    abort ();
  init (&c, buf, 4000);
  int s = fill_and_sum (&c, n->v);
  free (c.buf);
  return s;
}

__attribute__ ((noinline)) static int
scratch_sum_apart (const struct node *n)	/* { dg-message "n does not escape" } */
{
  struct ctx c;
  char *buf = malloc (4000);	/* { dg-message "moved to stack: malloc\\(4000\\)" } */
  if (!buf)
    abort ();
  init (&c, buf, 4000);
  int s = fill_and_sum (&c, n->v);
  free (c.buf);
  return s;
}

static int
walk (const struct node *n, int apart)	/* { dg-message "n does not escape" } */
{
  if (!n)
    return 0;
  char tag[512];
  snprintf (tag, sizeof tag, "node %d", n->v);
  if (tag[0] != 'n')
    abort ();
  int s = apart ? scratch_sum_apart (n) : scratch_sum (n);
  return s + walk (n->left, apart) + walk (n->right, apart);
}

int
main (void)
{
  enum { DEPTH = 10000 };
  static struct node nodes[DEPTH];
  limit_stack_to_8_mib ();
  for (int i = 0; i < DEPTH; i++)
    {
      nodes[i].v = i;
      nodes[i].left = i + 1 < DEPTH ? &nodes[i + 1] : NULL;
    }
  int inlined = walk (nodes, 0), apart = walk (nodes, 1);
  printf ("%d %d\n", inlined, apart);
  return inlined != apart;
}
