/* The allocator wrappers of run-allocator-declared.c, in a unit of their own.  */
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
