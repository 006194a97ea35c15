/* The allocator wrappers of lto-xalloc.c, in a unit of their own as gnulib keeps
   them, and two functions that keep or free what they are given.  */
#include <stdlib.h>
#include <string.h>

void *
xmalloc (size_t n)
{
  void *p = malloc (n);
  if (!p)
    abort ();
  return p;
}

void *
xzalloc (size_t n)
{
  void *p = calloc (n, 1);
  if (!p)
    abort ();
  return p;
}

char *
xstrdup (const char *s)
{
  return strcpy (xmalloc (strlen (s) + 1), s);
}

void *kept;

__attribute__ ((noinline)) void
keep (void *p)
{
  kept = p;
}

__attribute__ ((noinline)) void
release (void *p)
{
  free (p);
}
