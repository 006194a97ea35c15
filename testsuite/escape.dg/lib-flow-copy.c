/* -m=2 explains flows through memcpy (contents copied), an allocation, and unknown external functions.  */
/* { dg-options "-fplugin-arg-escape-m=2" } */

#include <stdlib.h>
#include <string.h>

struct ref { int *ptr; int n; };
int *g;
extern void sink (void *);

void
copy_then_publish (const struct ref *src,
		   size_t n)
{
  struct ref l;
  memcpy (&l, src, n);
  g = l.ptr;
}

void
keep_block (size_t n)
{
  int *p = malloc (n);
  g = p;
}

void
to_unknown (char *s)
{
  sink (s);
}

void
local_to_unknown (void)
{
  int x = 0;
  sink (&x);
}

/* { dg-message "leaking param content: src" "" { target *-*-* } 12 } */
/* { dg-message "  flow: l\\.ptr = \\*src:" "" { target *-*-* } 12 } */
/* { dg-message "    from memcpy\\(&l, src, n\\) \\(call argument\\) at \[^ \]*lib-flow-copy.c:16:\[0-9\]+" "" { target *-*-* } 12 } */
/* { dg-message "  flow: \\{heap\\} = l\\.ptr:" "" { target *-*-* } 12 } */
/* { dg-message "    from l\\.ptr \\(load\\) at \[^ \]*lib-flow-copy.c:17:\[0-9\]+" "" { target *-*-* } 12 } */
/* { dg-message "    from g = l.ptr \\(assign\\) at \[^ \]*lib-flow-copy.c:17:\[0-9\]+" "" { target *-*-* } 12 } */

/* { dg-message "malloc\\(n\\) escapes to heap" "" { target *-*-* } 23 } */
/* { dg-message "  flow: p = &malloc\\(n\\):" "" { target *-*-* } 23 } */
/* { dg-message "    from p = malloc\\(n\\) \\(call result\\) at \[^ \]*lib-flow-copy.c:23:\[0-9\]+" "" { target *-*-* } 23 } */
/* { dg-message "  flow: \\{heap\\} = p:" "" { target *-*-* } 23 } */
/* { dg-message "    from g = p \\(assign\\) at \[^ \]*lib-flow-copy.c:24:\[0-9\]+" "" { target *-*-* } 23 } */

/* { dg-message "leaking param: s" "" { target *-*-* } 28 } */
/* { dg-message "  flow: \\{heap\\} = s:" "" { target *-*-* } 28 } */
/* { dg-message "    from sink\\(s\\) \\(call argument\\) at \[^ \]*lib-flow-copy.c:30:\[0-9\]+" "" { target *-*-* } 28 } */

/* { dg-message "&x escapes to heap" "" { target *-*-* } 36 } */
/* { dg-message "  flow: \\{heap\\} = &x:" "" { target *-*-* } 36 } */
/* { dg-message "    from sink\\(&x\\) \\(call argument\\) at \[^ \]*lib-flow-copy.c:37:\[0-9\]+" "" { target *-*-* } 36 } */

/* { dg-final { escape-same-code-without-m } } */
