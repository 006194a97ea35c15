/* One program under each option set of flags.exp (-fsanitize=address, -g3, -fcompare-debug, -fexceptions, -flto, -fno-builtin, -fstack-protector-all): the notes are the same as without the option and promotion still applies.  */
/* { dg-options "-fplugin-arg-escape-m -fplugin-arg-escape-promote" } */

#include <stdlib.h>
#include <string.h>

int *g;

void
store (int *p)			/* { dg-message "leaking param: p" } */
{
  g = p;
}

int
read_only (const int *q)	/* { dg-message "q does not escape" } */
{
  return *q;
}

int *
ident (int *r)			/* { dg-message "leaking param: r to result ~r0 level=0" } */
{
  return r;
}

/* noinline: under -flto a public function's body may be inlined into another
   unit at link time, into a frame this unit does not show, and the first pass
   leaves its blocks to the pass after inlining (lto-recursion-inlined.c).  */
__attribute__ ((noinline)) int
scratch (int v)
{
  int *t = malloc (16);		/* { dg-message "moved to stack: malloc\\(16\\)" } */
  if (!t)
    return 0;
  t[0] = v;
  int s = t[0];
  free (t);
  return s;
}

int *
make (void)
{
  return calloc (4, sizeof (int));	/* { dg-message "calloc\\(4, 4\\) escapes to heap" } */
}

void
addr_local (void)
{
  int x = 1;			/* { dg-message "&x escapes to heap" } */
  store (&x);
}

size_t
copy_len (char *d,		/* { dg-message "d does not escape" } */
	  const char *s)	/* { dg-message "s does not escape" } */
{
  strcpy (d, s);
  return strlen (d);
}

/* { dg-final { escape-same-code-without-m } } */
