/* (d) A node allocated and freed per iteration: lookups in a binary search
   tree keyed by (key, sub), where each query builds a probe node (same type
   as the tree's nodes, as with tsearch-style APIs), searches with it and frees
   it.  -DHAND: a local struct node instead.  */
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

/* Sum of the payloads of the nodes matching the NQ queries.  */
static long
lookup_all (const struct node *root, const int *qk, const int *qs, int nq)
{
  long acc = 0;
  for (int i = 0; i < nq; i++)
    {
#ifdef HAND
      struct node probe_obj, *probe = &probe_obj;
#else
      struct node *probe = malloc (sizeof *probe);
      if (!probe)
	bench_xmalloc_fail ();
#endif
      probe->left = probe->right = NULL;
      probe->key = qk[i];
      probe->sub = qs[i];
      probe->payload = 0;
      const struct node *n = bst_find (root, probe);
      acc += n ? n->payload : -1;
#ifndef HAND
      free (probe);
#endif
    }
  return acc;
}

#define NNODES 1024
#define NQUERIES 8192

static int qk[NQUERIES], qs[NQUERIES];

int
main (int argc, char **argv)
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
