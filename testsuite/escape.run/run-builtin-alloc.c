/* __builtin_malloc, __builtin_calloc, __builtin_strdup and __builtin_free are handled like
   the library names: moved.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m" } */
#include <stdlib.h>
#include <string.h>

static int
f (int v)
{
  int *a = __builtin_malloc (16);	/* { dg-message "moved to stack: __builtin_malloc\\(16\\)" } */
  int *b = __builtin_calloc (4, 4);	/* { dg-message "moved to stack: __builtin_calloc\\(4, 4\\)" } */
  const char *lit = "abc";
  char *c = __builtin_strdup (lit);	/* { dg-message "moved to stack: __builtin_strdup\\(lit\\)" } */
  a[0] = v;
  int r = a[0] + b[3] + (strcmp (c, "abc") == 0);
  __builtin_free (c);
  __builtin_free (b);
  __builtin_free (a);
  return r;
}

int
main (void)
{
  for (int i = 0; i < 100; i++)
    if (f (i) != i + 1)
      abort ();
  return 0;
}
