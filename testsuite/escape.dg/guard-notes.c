/* -m=2 under -fplugin-arg-escape-guard: a moved block that a callee, or a
   realloc of the function itself, may free or grow says which, under its
   "moved to stack" note.  */
/* { dg-options "-O2 -fplugin-arg-escape-promote -fplugin-arg-escape-guard -fplugin-arg-escape-m=2" } */

#include <stdlib.h>
#include <string.h>

__attribute__ ((noinline)) static void
release (char *p)	/* { dg-message "p does not escape" } */
{
  free (p);
}

int
given_away (const char *s)	/* { dg-message "s does not escape" } */
{
  char *p = malloc (32);	/* { dg-message "moved to stack: malloc\\(32\\)" } */
  /* { dg-message "  registered with the guard runtime: release may free or grow it" "" { target *-*-* } 18 } */
  strncpy (p, s, 31);
  p[31] = 0;
  int r = p[0];
  release (p);
  return r;
}

int
grown_here (int n)
{
  int *p = malloc (4 * sizeof (int));	/* { dg-message "moved to stack: malloc\\(16\\)" } */
  /* { dg-message "  registered with the guard runtime: realloc may free or grow it" "" { target *-*-* } 30 } */
  p[0] = n;
  int *q = realloc (p, 8 * sizeof (int));	/* { dg-message "realloc\\(p, 32\\) does not escape" } */
  /* { dg-message "  not moved to stack: realloc is never moved" "" { target *-*-* } 33 } */
  if (!q)
    return 0;
  q[7] = n;
  int r = q[0] + q[7];
  free (q);
  return r;
}
