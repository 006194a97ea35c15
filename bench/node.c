/* (d) A node allocated and freed per iteration: lookups in a binary search
   tree keyed by (key, sub), where each query builds a probe node (same type
   as the tree's nodes, as with tsearch-style APIs), searches with it and frees
   it.  -DHAND: a local struct node instead.  */
#include "bst.h"

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

int
main (int argc, char **argv)
{
  return bst_bench_main (argc, argv);
}
