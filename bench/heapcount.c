/* LD_PRELOAD library for scripts/bench --real: counts a program's calls of
   malloc, calloc and realloc, and appends the count to the file named by
   $HEAPCOUNT_FILE when the process exits (one line per process that exits
   normally).  The calls go on to glibc's own allocator.

     gcc -O2 -shared -fPIC bench/heapcount.c -o heapcount.so
     LD_PRELOAD=./heapcount.so HEAPCOUNT_FILE=counts prog ...  */
#include <stdio.h>
#include <stdlib.h>

extern void *__libc_malloc (size_t);
extern void *__libc_calloc (size_t, size_t);
extern void *__libc_realloc (void *, size_t);

static unsigned long calls;

void *
malloc (size_t n)
{
  __atomic_add_fetch (&calls, 1, __ATOMIC_RELAXED);
  return __libc_malloc (n);
}

void *
calloc (size_t n, size_t size)
{
  __atomic_add_fetch (&calls, 1, __ATOMIC_RELAXED);
  return __libc_calloc (n, size);
}

void *
realloc (void *p, size_t n)
{
  __atomic_add_fetch (&calls, 1, __ATOMIC_RELAXED);
  return __libc_realloc (p, n);
}

__attribute__ ((destructor)) static void
report (void)
{
  unsigned long n = __atomic_load_n (&calls, __ATOMIC_RELAXED);
  const char *file = getenv ("HEAPCOUNT_FILE");
  if (!file)
    return;
  FILE *out = fopen (file, "a");
  if (!out)
    return;
  fprintf (out, "%lu\n", n);
  fclose (out);
}
