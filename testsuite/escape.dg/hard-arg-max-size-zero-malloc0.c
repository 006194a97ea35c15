/* -fplugin-arg-escape-max-size=0 moves nothing at all; malloc (0) and calloc (0, n) stay on the heap whatever max-size is, since no stack object has a heap block's empty bounds (sanitizers and _FORTIFY_SOURCE check them).  */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-max-size=0 -fplugin-arg-escape-m=2 -fplugin-arg-escape-stats" } */
/* { dg-message "escape: 2 allocation sites, 0 escape, 0 moved to stack \\(0 bytes\\)" "" { target *-*-* } 0 } */

#include <stdlib.h>

int
empty_block (void)
{
  char *p = malloc (0);		/* { dg-message "malloc\\(0\\) does not escape" } */
  /* { dg-message "  not moved to stack: zero size: no stack object has the empty bounds of a heap block" "" { target *-*-* } 10 } */
  int r = p != 0;
  free (p);
  return r;
}

int
empty_array (void)
{
  int *p = calloc (0, sizeof (int));	/* { dg-message "calloc\\(0, 4\\) does not escape" } */
  /* { dg-message "  not moved to stack: zero size: no stack object has the empty bounds of a heap block" "" { target *-*-* } 20 } */
  int r = p != 0;
  free (p);
  return r;
}
