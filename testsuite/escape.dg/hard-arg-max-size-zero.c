/* -fplugin-arg-escape-max-size=0 is valid and moves nothing: every site that does not escape stays on the heap and -m=2 says why; escaping sites and the analysis are unchanged.  */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-max-size=0 -fplugin-arg-escape-m=2 -fplugin-arg-escape-stats" } */
/* { dg-message "escape: 4 allocation sites, 1 escape, 0 moved to stack \\(0 bytes\\)" "" { target *-*-* } 0 } */

#include <stdlib.h>
#include <string.h>

int *g;

int
fixed (int v)
{
  int *p = malloc (16);		/* { dg-message "malloc\\(16\\) does not escape" } */
  /* { dg-message "  not moved to stack: too large \\(16 > max-size 0\\)" "" { target *-*-* } 13 } */
  if (!p)
    return 0;
  p[0] = v;
  int r = p[0];
  free (p);
  return r;
}

int
one_byte (void)
{
  char *c = calloc (1, 1);	/* { dg-message "calloc\\(1, 1\\) does not escape" } */
  /* { dg-message "  not moved to stack: too large \\(1 > max-size 0\\)" "" { target *-*-* } 26 } */
  int r = c[0];
  free (c);
  return r;
}

int
variable (size_t n)
{
  char *p = malloc (n);		/* { dg-message "malloc\\(n\\) does not escape" } */
  /* { dg-message "  not moved to stack: variable size and max-size 0" "" { target *-*-* } 36 } */
  if (!p)
    return 0;
  memset (p, 0, n);
  int r = p[0];
  free (p);
  return r;
}

void
escapes (void)
{
  g = malloc (4);		/* { dg-message "malloc\\(4\\) escapes to heap" } */
  /* { dg-message "  flow: \\{heap\\} = &malloc\\(4\\):" "" { target *-*-* } 49 } */
  /* { dg-message "    from malloc\\(4\\) \\(call result\\) at \[^\n\]*:49:7" "" { target *-*-* } 49 } */
  /* { dg-message "    from g = malloc\\(4\\) \\(assign\\) at \[^\n\]*:49:5" "" { target *-*-* } 49 } */
}
