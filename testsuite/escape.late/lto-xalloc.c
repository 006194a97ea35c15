/* Under -flto, an allocation behind a wrapper in another unit that the inliner
   brings in (xzalloc, called once) moves to the stack in the caller where the
   block does not escape.  xmalloc, called from several places, is not inlined:
   its calls stay (not a C library allocator).  A block handed to a function of
   the other unit that keeps it or frees it, not inlined, stays on the heap.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m" } */
/* { dg-additional-sources "lto-xalloc-aux.c" } */
/* { dg-escape-late } */
/* { dg-escape-gcc-min 12 "no pass after inlining under GCC 11 (plugin/gcc-compat.h)" } */
#include <stdlib.h>
#include <string.h>

void *xmalloc (size_t);
void *xzalloc (size_t);
char *xstrdup (const char *);
void keep (void *);
void release (void *);
extern void *kept;

static long
local_use (int k)
{
  int *a = xmalloc (16 * sizeof (int));
  int *z = xzalloc (8 * sizeof (int));	/* { dg-message "moved to stack: calloc\\(32, 1\\) \\(inlined from xzalloc at \\S*lto-xalloc-aux\\.c:18, in main\\)" } */
  for (int i = 0; i < 16; i++)
    a[i] = i * k + z[i % 8];
  long s = 0;
  for (int i = 0; i < 16; i++)
    s += a[i];
  free (z);
  free (a);
  char *t = xstrdup ("hello");
  s += (long) strlen (t);
  free (t);
  return s;
}

static void
handed_over (int k)
{
  int *kept_block = xmalloc (4 * sizeof (int));
  kept_block[0] = k;
  keep (kept_block);
  int *freed_block = xmalloc (4 * sizeof (int));
  freed_block[0] = k;
  release (freed_block);
}

int
main (int argc, char **argv)	/* { dg-message "argv does not escape" } */
{
  (void) argv;
  if (local_use (argc) != 125)
    abort ();
  handed_over (5);
  if (((int *) kept)[0] != 5)
    abort ();
  free (kept);
  return 0;
}
