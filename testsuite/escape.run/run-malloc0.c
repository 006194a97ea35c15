/* malloc(0) and calloc(0, n) stay on the heap: no stack object has the empty bounds of
   a heap block, which _FORTIFY_SOURCE and sanitizers check.  A variable size that is 0
   at run time takes the heap path of its promoted site.  Every pointer is distinct,
   non-NULL and can be freed.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m=2" } */
#include <stdlib.h>

static int
zero (void)
{
  char *a = malloc (0);	/* { dg-message "malloc\\(0\\) does not escape" } */
  /* { dg-message "  not moved to stack: zero size: no stack object has the empty bounds of a heap block" "" { target *-*-* } 12 } */
  char *b = malloc (0);	/* { dg-message "malloc\\(0\\) does not escape" } */
  /* { dg-message "  not moved to stack: zero size: no stack object has the empty bounds of a heap block" "" { target *-*-* } 14 } */
  char *c = calloc (0, 8);	/* { dg-message "calloc\\(0, 8\\) does not escape" } */
  /* { dg-message "  not moved to stack: zero size: no stack object has the empty bounds of a heap block" "" { target *-*-* } 16 } */
  int ok = a != 0 && b != 0 && a != b && c != a && c != b;
  free (a);
  free (b);
  free (c);
  return ok;
}

static int
zero_var (size_t n)
{
  char *a = malloc (n);	/* { dg-message "moved to stack: malloc\\(n\\)" } */
  char *b = malloc (n);	/* { dg-message "moved to stack: malloc\\(n\\)" } */
  int ok = a != 0 && b != 0 && a != b;
  free (b);
  free (a);
  return ok;
}

int
main (void)
{
  for (int i = 0; i < 1000; i++)
    if (!zero () || !zero_var (0) || !zero_var (3))
      abort ();
  return 0;
}
