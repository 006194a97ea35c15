/* The binary search tree that node.c and depthcheck.c search: nodes keyed by
   (key, sub), the queries, and what their main does: time lookup_all, which each
   kernel defines with its own allocation of the probe node.  */
#ifndef BST_H
#define BST_H

#include "bench.h"

struct node
{
  struct node *left, *right;
  int key, sub;
  long payload;
};					/* 32 bytes */

static int
node_cmp (const struct node *a, const struct node *b)
{
  if (a->key != b->key)
    return a->key < b->key ? -1 : 1;
  return (a->sub > b->sub) - (a->sub < b->sub);
}

static const struct node *
bst_find (const struct node *root, const struct node *probe)
{
  while (root)
    {
      int c = node_cmp (probe, root);
      if (!c)
	return root;
      root = c < 0 ? root->left : root->right;
    }
  return NULL;
}

static struct node *
bst_insert (struct node *root, struct node *n)
{
  struct node **p = &root;
  while (*p)
    p = node_cmp (n, *p) < 0 ? &(*p)->left : &(*p)->right;
  *p = n;
  return root;
}

/* Sum of the payloads of the nodes matching the NQ queries: the kernel.  */
static long lookup_all (const struct node *root, const int *qk, const int *qs, int nq);

#define NNODES 1024
#define NQUERIES 8192

static int qk[NQUERIES], qs[NQUERIES];

/* The main of both kernels: build the tree and the queries (untimed), then
   time lookup_all.  */
static int
bst_bench_main (int argc, char **argv)
{
  long reps = 600 * bench_scale (argc, argv);
  struct node *root = NULL;
  for (int i = 0; i < NNODES; i++)
    {
      struct node *n = malloc (sizeof *n);
      n->left = n->right = NULL;
      n->key = (int) bench_range (0, 255);
      n->sub = (int) bench_range (0, 15);
      n->payload = bench_range (1, 1000);
      root = bst_insert (root, n);
    }
  for (int i = 0; i < NQUERIES; i++)
    {
      qk[i] = (int) bench_range (0, 255);
      qs[i] = (int) bench_range (0, 15);
    }

  uint64_t sum = 0;
  uint64_t t0 = bench_now_ns ();
  for (long r = 0; r < reps; r++)
    sum = sum * 31 + (uint64_t) lookup_all (root, qk, qs, NQUERIES);
  uint64_t t1 = bench_now_ns ();
  bench_report (sum, t0, t1);
  return 0;
}

#endif
