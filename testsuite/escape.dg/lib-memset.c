/* memset only writes bytes: its pointer argument does not escape, but memset returns it.  */
/* { dg-options "-fplugin-arg-escape-m" } */

#include <stdlib.h>
#include <string.h>

struct ctx { char *name; int *slots; long flags; };
void *last;

void
clear (struct ctx *c)			/* { dg-message "c does not escape" } */
{
  memset (c, 0, sizeof *c);
}

void *
clear_and_return (void *p,		/* { dg-message "leaking param: p to result ~r0 level=0" } */
		  size_t n)
{
  return memset (p, 0, n);
}

void
clear_and_remember (void *p,		/* { dg-message "leaking param: p" } */
		    size_t n)
{
  last = memset (p, 0xff, n);
}

int
clear_local (void)
{
  struct ctx c;
  memset (&c, 0, sizeof c);
  return c.flags;
}

long
clear_block (size_t n)
{
  long *a = malloc (n * sizeof *a);	/* { dg-message "malloc\\(\\.\\.\\.\\) does not escape" } */
  memset (a, 0, n * sizeof *a);
  long r = a[0];
  free (a);
  return r;
}

void
builtin_clear (struct ctx *c)		/* { dg-message "c does not escape" } */
{
  __builtin_memset (c, 0, sizeof *c);
}

/* { dg-final { escape-same-code-without-m } } */
