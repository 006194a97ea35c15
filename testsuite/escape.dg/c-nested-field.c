/* Nested fields: o->m.in.q, o->next->m.r and &o.m.in.k on locals and parameters.  */
/* { dg-options "-fplugin-arg-escape-m" } */

struct In { int *q; int k; };
struct Mid { struct In in; int *r; };
struct Out { struct Mid m; struct Out *next; };

int *g;

void
nested_store (struct Out *o,	/* { dg-message "o does not escape" } */
	      int *p)		/* { dg-message "leaking param: p" } */
{
  o->m.in.q = p;
}

void
nested_load_global (struct Out *o)	/* { dg-message "leaking param content: o" } */
{
  g = o->m.in.q;
}

int *
nested_load_result (struct Out *o)	/* { dg-message "leaking param: o to result ~r0 level=2" } */
{
  return o->next->m.r;
}

int
nested_local (int *p)		/* { dg-message "p does not escape" } */
{
  struct Out o;
  o.m.in.q = p;
  o.next = 0;
  return *o.m.in.q;
}

void
nested_param_addr (struct Out *o)	/* { dg-message "leaking param: o" } */
{
  g = &o->m.in.k;
}

void
nested_local_addr (void)
{
  struct Out o;			/* { dg-message "&o escapes to heap" } */
  g = &o.m.in.k;
}

void
nested_store_deep (struct Out *o,	/* { dg-message "o does not escape" } */
		   int *p)		/* { dg-message "leaking param: p" } */
{
  o->next->next->m.r = p;
}
