/* (h) What a depth-safe promotion would cost: the probe-node kernel of node.c,
   where -DHAND is not a plain local but the run-time check issue 23 weighs
   against deciding at compile time.  Each block goes on the stack only while
   the thread has room for it (the frame address compared against the
   thread's stack bounds, found once per thread; a frame outside them, on a
   sigaltstack or a coroutine's stack, takes the heap), otherwise on the heap,
   and a free tests which it got, as gnulib's malloca and freea do.  prom is
   the plugin's fixed slot, so prom/hand is the price of the check.  */
#define _GNU_SOURCE	/* pthread_getattr_np */
#include "bench.h"
#include <pthread.h>

struct node
{
  struct node *left, *right;
  int key, sub;
  long payload;
};					/* 32 bytes */

#ifdef HAND
/* Bytes always left free below a stack-or-heap block.  */
#define STACK_RESERVE (64 * 1024)

static __thread char *stack_low, *stack_high;

static void
find_stack_bounds (void)
{
  pthread_attr_t attr;
  void *addr;
  size_t size;
  if (pthread_getattr_np (pthread_self (), &attr) != 0)
    bench_xmalloc_fail ();
  pthread_attr_getstack (&attr, &addr, &size);
  pthread_attr_destroy (&attr);
  stack_low = (char *) addr + STACK_RESERVE;
  stack_high = (char *) addr + size;
}

/* SIZE bytes if this frame may take them from the stack, else 0.  */
static inline size_t
stack_room (size_t size)
{
  char *frame = __builtin_frame_address (0);
  if (__builtin_expect (!stack_high, 0))
    find_stack_bounds ();
  return frame < stack_high && frame > stack_low
	 && (size_t) (frame - stack_low) > size ? size : 0;
}
#endif

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
      size_t room = stack_room (sizeof (struct node));
      _Alignas (16) char slot[room ? room : 1];
      struct node *probe = room ? (struct node *) slot : malloc (sizeof *probe);
#else
      struct node *probe = malloc (sizeof *probe);
#endif
      if (!probe)
	bench_xmalloc_fail ();
      probe->left = probe->right = NULL;
      probe->key = qk[i];
      probe->sub = qs[i];
      probe->payload = 0;
      const struct node *n = bst_find (root, probe);
      acc += n ? n->payload : -1;
#ifdef HAND
      if (!room)
#endif
	free (probe);
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
