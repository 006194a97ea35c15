/* memcpy copies the pointers held in the source's memory into the destination's: the source's contents flow wherever the destination's do; the pointer arguments themselves are not kept.  */
/* { dg-options "-fplugin-arg-escape-m" } */

#include <stdlib.h>
#include <string.h>

struct ref { int *ptr; int n; };
int *g;

void
copy_out (struct ref *dst,		/* { dg-message "dst does not escape" } */
	  const struct ref *src)	/* { dg-message "leaking param content: src" } */
{
  memcpy (dst, src, sizeof *src);
}

void
copy_out_n (struct ref *dst,		/* { dg-message "dst does not escape" } */
	    const struct ref *src,	/* { dg-message "leaking param content: src" } */
	    size_t n)
{
  memcpy (dst, src, n * sizeof *src);
}

void
copy_local_then_publish (const struct ref *src)	/* { dg-message "leaking param content: src" } */
{
  struct ref l;
  memcpy (&l, src, sizeof l);
  g = l.ptr;
}

int
copy_local_only (const struct ref *src)	/* { dg-message "src does not escape" } */
{
  struct ref l;
  memcpy (&l, src, sizeof l);
  return *l.ptr + l.n;
}

void
local_pointer_published (void)
{
  int x = 1;				/* { dg-message "&x escapes to heap" } */
  struct ref a = { &x, 0 }, b;
  memcpy (&b, &a, sizeof a);
  g = b.ptr;
}

int
local_pointer_kept (void)
{
  int x = 1;
  struct ref a = { &x, 0 }, b;
  memcpy (&b, &a, sizeof a);
  return *b.ptr;
}

struct ref *
dup_ref (const struct ref *src)		/* { dg-message "leaking param content: src" } */
{
  struct ref *p = malloc (sizeof *p);	/* { dg-message "malloc\\(16\\) escapes to heap" } */
  memcpy (p, src, sizeof *p);
  return p;
}

int
dup_local (const struct ref *src)	/* { dg-message "src does not escape" } */
{
  struct ref *p = malloc (sizeof *p);	/* { dg-message "malloc\\(16\\) does not escape" } */
  memcpy (p, src, sizeof *p);
  int r = *p->ptr;
  free (p);
  return r;
}

/* { dg-final { escape-same-code-without-m } } */
