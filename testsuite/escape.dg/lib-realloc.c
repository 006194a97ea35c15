/* realloc: the result is an allocation site, and the pointer argument escapes (the old block is consumed).  */
/* { dg-options "-fplugin-arg-escape-m" } */

#include <stdlib.h>

int *table;

int *
grow (int *p, size_t n)		/* { dg-message "leaking param: p" } */
{
  return realloc (p, n * sizeof *p);	/* { dg-message "realloc\\(p, \\.\\.\\.\\) escapes to heap" } */
}

void
grow_global (size_t n)
{
  table = realloc (table, n);		/* { dg-message "realloc\\(table, n\\) escapes to heap" } */
}

void
resize_and_drop (char *buf,		/* { dg-message "leaking param: buf" } */
		 size_t n)
{
  char *q = realloc (buf, n);		/* { dg-message "realloc\\(buf, n\\) does not escape" } */
  if (q)
    q[0] = 0;
  free (q);
}

int
local_block_consumed (void)
{
  int *a = malloc (16);			/* { dg-message "malloc\\(16\\) escapes to heap" } */
  if (!a)
    return 0;
  a[0] = 1;
  int *b = realloc (a, 64);		/* { dg-message "realloc\\(a, 64\\) does not escape" } */
  if (!b)
    {
      free (a);
      return 0;
    }
  int r = b[0];
  free (b);
  return r;
}

/* GCC folds realloc (NULL, n) into __builtin_malloc (n) before any plugin sees
   the call; the note names the library function, as the user would have
   written it, unless the source says __builtin_malloc.  */
void
from_null (size_t n)
{
  void *p = realloc (NULL, n);		/* { dg-message "malloc\\(n\\) does not escape" } */
  free (p);
}

#define ALLOC_NULL(n) realloc (NULL, n)	/* { dg-message "malloc\\(n\\) does not escape" } */

void
from_null_in_macro (size_t n)
{
  void *p = ALLOC_NULL (n);	/* { dg-message "in expansion of macro .ALLOC_NULL." } */
  free (p);
}

void
written_as_builtin (size_t n)
{
  void *p = __builtin_malloc (n);	/* { dg-message "__builtin_malloc\\(n\\) does not escape" } */
  free (p);
}

/* { dg-final { escape-same-code-without-m } } */
