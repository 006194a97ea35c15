/* (h) What a depth-safe promotion would cost: the probe-node kernel of node.c,
   where -DHAND is not a plain local but the run-time check issue 23 weighs
   against deciding at compile time.  Each block goes on the stack only while
   the thread has room for it (the frame address compared against the
   thread's stack bounds, found once per thread; a frame outside them, on a
   sigaltstack or a coroutine's stack, takes the heap), otherwise on the heap,
   and a free tests which it got, as gnulib's malloca and freea do.  prom is
   the plugin's fixed slot, so prom/hand is the price of the check.  */
#define _GNU_SOURCE	/* pthread_getattr_np */
#include "bst.h"
#include <pthread.h>

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

int
main (int argc, char **argv)
{
  return bst_bench_main (argc, argv);
}
