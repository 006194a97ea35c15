/* Functions of another unit declared allocators with -fplugin-arg-escape-allocator
   (xmalloc as malloc, xzalloc as a zeroing malloc, xstrdup as strdup): their blocks
   move to the stack where they do not escape, filled as the function would fill
   them; a block that is kept stays on the heap.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m -fplugin-arg-escape-allocator=xmalloc,xzalloc:zalloc,xstrdup:strdup" } */
/* { dg-additional-sources "run-allocator-declared-aux.c" } */
#include <stdlib.h>
#include <string.h>

void *xmalloc (size_t);
void *xzalloc (size_t);
char *xstrdup (const char *);

int *kept;

static long
use (int k, const char *name)	/* { dg-message "name does not escape" } */
{
  int *a = xmalloc (16 * sizeof (int));	/* { dg-message "moved to stack: xmalloc\\(64\\)" } */
  int *z = xzalloc (8 * sizeof (int));	/* { dg-message "moved to stack: xzalloc\\(32\\)" } */
  char *t = xstrdup (name);	/* { dg-message "moved to stack: xstrdup\\(name\\)" } */
  kept = xmalloc (sizeof (int));	/* { dg-message "xmalloc\\(4\\) escapes to heap" } */
  *kept = k;
  for (int i = 0; i < 16; i++)
    a[i] = i * k + z[i % 8];
  long s = (long) strlen (t);
  for (int i = 0; i < 16; i++)
    s += a[i];
  free (t);
  free (z);
  free (a);
  return s;
}

int
main (void)
{
  char name[] = "wrapped";
  if (use (3, name) != 367 || *kept != 3)
    abort ();
  free (kept);
  return 0;
}
