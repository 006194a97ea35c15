/* A block registered with the guard runtime (a callee frees it) lands where
   GCC puts the helper that allocates it.  scratch_sum, inlined into walk,
   which recurses 10,000 deep with 8 MiB of stack, keeps its 4000 bytes on the
   heap; the same helper declared noinline moves its block, one per frame,
   released as each returns.  compare, a qsort callback that sorts again
   through qsort 3,000 levels down, is active 3,000 times over (12 MB of
   blocks, had they moved; deeper, ASan's own qsort frames overflow the
   stack): its block stays on the heap too.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-guard -fplugin-arg-escape-m=2" } */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "stack-limit.h"

struct node { struct node *left, *right; int v; };

__attribute__ ((noinline)) static int
release (char *buf, int v)	/* { dg-message "buf does not escape" } */
{
  int s = buf[v % 4000] + buf[3999];
  free (buf);
  return s;
}

static int
scratch_sum (const struct node *n)	/* { dg-message "n does not escape" } */
{
  char *buf = malloc (4000);	/* { dg-message "malloc\\(4000\\) does not escape" } */
  /* { dg-message "  not moved to stack: it may be inlined into walk, which may be active twice" "" { target *-*-* } 29 } */
  if (!buf)
    abort ();
  memset (buf, n->v & 127, 4000);
  return release (buf, n->v);
}

__attribute__ ((noinline)) static int
scratch_sum_apart (const struct node *n)	/* { dg-message "n does not escape" } */
{
  char *buf = malloc (4000);	/* { dg-message "moved to stack: malloc\\(4000\\)" } */
  /* { dg-message "  registered with the guard runtime: release may free or grow it" "" { target *-*-* } 40 } */
  if (!buf)
    abort ();
  memset (buf, n->v & 127, 4000);
  return release (buf, n->v);
}

static int
walk (const struct node *n, int apart)	/* { dg-message "n does not escape" } */
{
  if (!n)
    return 0;
  int s = apart ? scratch_sum_apart (n) : scratch_sum (n);
  return s + walk (n->left, apart);
}

static int levels;

static int
compare (const void *a, const void *b)	/* { dg-message "a does not escape" } */
/* { dg-message "b does not escape" "" { target *-*-* } 60 } */
{
  char *buf = malloc (4000);	/* { dg-message "malloc\\(4000\\) does not escape" } */
  /* { dg-message "  not moved to stack: recursive frame budget exhausted \\(0 \\+ 4000 > 0\\)" "" { target *-*-* } 63 } */
  if (!buf)
    abort ();
  memset (buf, 1, 4000);
  if (levels > 0)
    {
      int pair[2] = { levels--, 0 };
      qsort (pair, 2, sizeof pair[0], compare);
    }
  release (buf, 1);
  return *(const int *) a - *(const int *) b;
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
  levels = 3000;
  int pair[2] = { 2, 1 };
  qsort (pair, 2, sizeof pair[0], compare);
  printf ("%d %d %d\n", inlined, apart, pair[0]);
  return inlined != apart || pair[0] != 1 || levels != 0;
}
