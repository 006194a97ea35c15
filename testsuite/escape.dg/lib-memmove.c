/* memmove, like memcpy, moves the pointers held in the source's memory into the destination's; the arguments themselves are not kept, and the destination is returned.  */
/* { dg-options "-fplugin-arg-escape-m" } */

#include <string.h>

struct ref { int *ptr; int n; };
int *g;

void
shift_left (struct ref *v,		/* { dg-message "leaking param content: v" } */
	    int n)
{
  memmove (v, v + 1, (n - 1) * sizeof *v);
}

void
move_out (struct ref *dst,		/* { dg-message "dst does not escape" } */
	  const struct ref *src)	/* { dg-message "leaking param content: src" } */
{
  memmove (dst, src, sizeof *src);
}

void *
move_return (void *d,			/* { dg-message "leaking param: d to result ~r0 level=0" } */
	     const void *s,		/* { dg-message "leaking param content: s" } */
	     size_t n)
{
  return memmove (d, s, n);
}

void
move_local_then_publish (const struct ref *src)	/* { dg-message "leaking param content: src" } */
{
  struct ref l;
  memmove (&l, src, sizeof l);
  g = l.ptr;
}

int
move_local_only (const struct ref *src)	/* { dg-message "src does not escape" } */
{
  struct ref l;
  __builtin_memmove (&l, src, sizeof l);
  return *l.ptr;
}

void
local_pointer_published (void)
{
  int x = 0;				/* { dg-message "&x escapes to heap" } */
  struct ref a = { &x, 1 }, b;
  memmove (&b, &a, sizeof a);
  g = b.ptr;
}

/* { dg-final { escape-same-code-without-m } } */
