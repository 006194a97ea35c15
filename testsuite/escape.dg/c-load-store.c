/* Loads and stores through *p, p->f and a[i]: the stored value leaks, the base does not.  */
/* { dg-options "-fplugin-arg-escape-m" } */

struct S { int *f; int n; };

int *g;

void
store_deref (int **pp,		/* { dg-message "pp does not escape" } */
	     int *q)		/* { dg-message "leaking param: q" } */
{
  *pp = q;
}

int *
load_deref_result (int **pp)	/* { dg-message "leaking param: pp to result ~r0 level=1" } */
{
  return *pp;
}

void
load_deref_global (int **pp)	/* { dg-message "leaking param content: pp" } */
{
  g = *pp;
}

void
store_field (struct S *s,	/* { dg-message "s does not escape" } */
	     int *q)		/* { dg-message "leaking param: q" } */
{
  s->f = q;
}

void
load_field_global (struct S *s)	/* { dg-message "leaking param content: s" } */
{
  g = s->f;
}

void
store_elem (int **a,		/* { dg-message "a does not escape" } */
	    int i,
	    int *q)		/* { dg-message "leaking param: q" } */
{
  a[i] = q;
}

int *
load_elem_result (int **a, int i)	/* { dg-message "leaking param: a to result ~r0 level=1" } */
{
  return a[i];
}

int
read_only (struct S *s)		/* { dg-message "s does not escape" } */
{
  return *s->f + s->n;
}

void
store_int_through (int *p,	/* { dg-message "p does not escape" } */
		   int *q)	/* { dg-message "q does not escape" } */
{
  *p = *q;
}
