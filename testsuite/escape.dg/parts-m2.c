/* -m=2 explains why a block whose pointer's bytes an int read may see stays on
   the heap: the path ends at the read, here or in a callee.  */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m=2" } */
#include <stdlib.h>

struct holder { char *ptr; int tag; };
union pun { char *p; int i; };

int
union_member (void)
{
  union pun u;
  u.p = malloc (16);	/* { dg-message "malloc\\(16\\) does not escape" } */
  /* { dg-message "  not moved to stack: a pointer to it may be copied as bytes or as a non-pointer value" "" { target *-*-* } 13 } */
  /* { dg-message "  flow: u = &malloc\\(16\\):" "" { target *-*-* } 13 } */
  /* { dg-message "    from malloc\\(16\\) \\(call result\\) at \\S*parts-m2\\.c:13:9" "" { target *-*-* } 13 } */
  /* { dg-message "    from u\\.p = malloc\\(16\\) \\(assign\\) at \\S*parts-m2\\.c:13:7" "" { target *-*-* } 13 } */
  /* { dg-message "  flow: \\{bytes\\} = u:" "" { target *-*-* } 13 } */
  /* { dg-message "    from r = u\\.i \\(non-pointer copy\\) at \\S*parts-m2\\.c:20:7" "" { target *-*-* } 13 } */
  int r = u.i;
  free (u.p);
  return r;
}

__attribute__ ((noinline)) int
first (struct holder *h)	/* { dg-message "h does not escape" } */
{
  return *(int *) h;
}

int
callee (int n)
{
  char *p = malloc (16);	/* { dg-message "malloc\\(16\\) does not escape" } */
  /* { dg-message "  not moved to stack: a pointer to it may be copied as bytes or as a non-pointer value" "" { target *-*-* } 34 } */
  /* { dg-message "  flow: p = &malloc\\(16\\):" "" { target *-*-* } 34 } */
  /* { dg-message "    from p = malloc\\(16\\) \\(call result\\) at \\S*parts-m2\\.c:34:13" "" { target *-*-* } 34 } */
  /* { dg-message "  flow: h = p:" "" { target *-*-* } 34 } */
  /* { dg-message "    from h\\.ptr = p \\(assign\\) at \\S*parts-m2\\.c:42:17" "" { target *-*-* } 34 } */
  /* { dg-message "  flow: \\{bytes\\} = h:" "" { target *-*-* } 34 } */
  /* { dg-message "    from first\\(&h\\) \\(non-pointer copy\\) at \\S*parts-m2\\.c:43:11" "" { target *-*-* } 34 } */
  struct holder h = { p, n };
  int r = first (&h);
  free (p);
  return r;
}
