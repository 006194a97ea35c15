/* free() is not an escape: neither a parameter nor a block passed to free escapes.  */
/* { dg-options "-fplugin-arg-escape-m" } */

#include <stdlib.h>

struct buf { char *data; size_t len; };

void
release (void *p)			/* { dg-message "p does not escape" } */
{
  free (p);
}

void
release_buf (struct buf *b)		/* { dg-message "b does not escape" } */
{
  free (b->data);
  b->data = NULL;
  b->len = 0;
}

void
release_all (char **v, int n)		/* { dg-message "v does not escape" } */
{
  for (int i = 0; i < n; i++)
    free (v[i]);
  free (v);
}

int
alloc_then_free (int x)
{
  int *p = malloc (sizeof *p);		/* { dg-message "malloc\\(4\\) does not escape" } */
  *p = x;
  int r = *p * 2;
  free (p);
  return r;
}

/* Freeing through a helper of this file whose summary says "does not escape".  */
void
alloc_then_release (void)
{
  char *p = malloc (10);		/* { dg-message "malloc\\(10\\) does not escape" } */
  p[0] = 0;
  release (p);
}

int
builtin_free (int x)
{
  int *p = calloc (2, sizeof *p);	/* { dg-message "calloc\\(2, 4\\) does not escape" } */
  p[1] = x;
  int r = p[0] + p[1];
  __builtin_free (p);
  return r;
}

/* { dg-final { escape-same-code-without-m } } */
