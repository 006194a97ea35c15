/* The guard runtime (-fplugin-arg-escape-guard): lets a function pass a block
   it moved to the stack to callees that free it or grow it with realloc.

   A unit compiled with -fplugin-arg-escape-guard calls __escape_free and
   __escape_realloc where it called free and realloc.  A frame that moves to
   the stack a block such a callee may receive registers the block here first
   (start and size), in a small table of the current thread, and gives its
   entries back when it returns or repeats a loop.  A free of a registered
   start does nothing; a realloc of one copies the block's bytes to a new heap
   block, as realloc copies a block it cannot grow.  Anything else goes to the
   C library unchanged.

   Only an exact start is recognized, never "an address in the stack": a heap
   block never starts at a live stack block's address, so a heap pointer is
   never taken for a registered block, whatever the program does with its
   stacks (threads, coroutines on heap-allocated stacks, sigaltstack).  The
   table holds ESCAPE_GUARD_SLOTS blocks per thread; a frame that finds it full
   allocates its block on the heap, as without the plugin.

   Link with -lescape-guard (escape-config --guard-libs).  */

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#define ESCAPE_GUARD_SLOTS 64

#define ESCAPE_API __attribute__ ((visibility ("default")))

struct guarded_block
{
  const char *start;
  size_t size;
};

static __thread struct guarded_block blocks[ESCAPE_GUARD_SLOTS]
  __attribute__ ((tls_model ("initial-exec")));
static __thread unsigned nblocks __attribute__ ((tls_model ("initial-exec")));

ESCAPE_API int __escape_guard_room (void);
ESCAPE_API void __escape_guard_push (void *start, size_t size);
ESCAPE_API unsigned __escape_guard_mark (void);
ESCAPE_API void __escape_guard_release (unsigned mark);
ESCAPE_API void __escape_free (void *p);
ESCAPE_API void *__escape_realloc (void *p, size_t size);

/* Whether a block can be registered now.  */
int
__escape_guard_room (void)
{
  return nblocks < ESCAPE_GUARD_SLOTS;
}

/* Register the SIZE bytes at START, a block of the calling frame; only after
   __escape_guard_room said there is room.  */
void
__escape_guard_push (void *start, size_t size)
{
  blocks[nblocks].start = start;
  blocks[nblocks].size = size;
  nblocks++;
}

/* How many blocks are registered: what __escape_guard_release gets back to.  */
unsigned
__escape_guard_mark (void)
{
  return nblocks;
}

/* Forget the blocks registered since MARK.  (A longjmp past a frame skips its
   release; the entries stay until an outer frame releases, pointing to stack
   memory no heap block can start at.)  */
void
__escape_guard_release (unsigned mark)
{
  if (mark < nblocks)
    nblocks = mark;
}

/* The registered block that starts at P, the latest first, or NULL.  */
static const struct guarded_block *
registered (const void *p)
{
  for (unsigned i = nblocks; i-- > 0;)
    if (blocks[i].start == p)
      return &blocks[i];
  return NULL;
}

void
__escape_free (void *p)
{
  if (nblocks && registered (p))
    return;
  free (p);
}

void *
__escape_realloc (void *p, size_t size)
{
  const struct guarded_block *b = nblocks ? registered (p) : NULL;
  if (!b)
    return realloc (p, size);
  /* glibc's realloc (p, 0) frees P and returns NULL.  */
  if (size == 0)
    return NULL;
  void *q = malloc (size);
  if (q)
    memcpy (q, p, size < b->size ? size : b->size);
  return q;
}
