/* Stores through a parameter: the stored value leaks, the parameter itself does not.  */
/* { dg-options "-fplugin-arg-escape-m" } */

#include <stdlib.h>

struct S { int *f; int n; };

void
set (int **out,			/* { dg-message "out does not escape" } */
     int *v)			/* { dg-message "leaking param: v" } */
{
  *out = v;
}

void
set_field (struct S *s,		/* { dg-message "s does not escape" } */
	   int *v)		/* { dg-message "leaking param: v" } */
{
  s->f = v;
  s->n = 1;
}

void
set_local_addr (int **out)	/* { dg-message "out does not escape" } */
{
  int x;			/* { dg-message "&x escapes to heap" } */
  *out = &x;
}

void
set_malloc (int **out)		/* { dg-message "out does not escape" } */
{
  *out = malloc (4);		/* { dg-message "malloc\\(4\\) escapes to heap" } */
}

void
set_two_levels (int ***o,	/* { dg-message "o does not escape" } */
		int *v)		/* { dg-message "leaking param: v" } */
{
  **o = v;
}

void
copy_between (int **dst,	/* { dg-message "dst does not escape" } */
	      int **src)	/* { dg-message "leaking param content: src" } */
{
  *dst = *src;
}

void
set_self (int **pp)		/* { dg-message "leaking param: pp" } */
{
  *pp = (int *) pp;
}
