/* A helper's promoted block lands wherever GCC inlines the helper.  scratch_sum
   is never active twice, but GCC inlines it at -O2 into walk, whose own frame
   is large enough for the inliner to accept 4000 bytes more, and walk recurses
   10,000 deep: 40 MB of stack where the program has 8 MiB.  So before inlining
   the block stays on the heap, at every -O level ("it may be inlined into
   walk"), and the pass after inlining finds it in walk's frame.  The same helper
   declared noinline is active once at a time whatever its caller does, and its
   block moves.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m=2" } */
#include <stdio.h>
#include <stdlib.h>
#include "stack-limit.h"

struct node { struct node *left, *right; int v; };

static int
scratch_sum (const struct node *n)	/* { dg-message "n does not escape" } */
{
  char *buf = malloc (4000);	/* { dg-message "malloc\\(4000\\) does not escape" } */
  /* { dg-message "  not moved to stack: it may be inlined into walk, which may be active twice" "" { target *-*-* } 20 } */
  if (!buf)
    abort ();
  for (int i = 0; i < 4000; i++)
    buf[i] = (char) (n->v * i + (i >> 3));
  int s = 0;
  for (int i = 0; i < 4000; i++)
    s += buf[(i * 7 + n->v) % 4000];
  free (buf);
  return s;
}

__attribute__ ((noinline)) static int
scratch_sum_apart (const struct node *n)	/* { dg-message "n does not escape" } */
{
  char *buf = malloc (4000);	/* { dg-message "moved to stack: malloc\\(4000\\)" } */
  if (!buf)
    abort ();
  for (int i = 0; i < 4000; i++)
    buf[i] = (char) (n->v * i + (i >> 3));
  int s = 0;
  for (int i = 0; i < 4000; i++)
    s += buf[(i * 7 + n->v) % 4000];
  free (buf);
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
  return inlined != apart || inlined != -20547968;
}
