/* A library the plugin did not compile, for lib.c.  */
#include <stdlib.h>
#include <string.h>

char *
helper_dup (const char *s)
{
  return strdup (s);
}

/* Not a tail call, so that malloc's return address is in here.  */
void *
helper_alloc (size_t n)
{
  char *p = malloc (n);
  if (p)
    *p = 0;
  return p;
}
