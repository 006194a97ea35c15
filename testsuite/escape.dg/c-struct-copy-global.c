/* Aggregate copies into globals or foreign memory: the pointers the struct carries escape.  */
/* { dg-options "-fplugin-arg-escape-m" } */

struct P { int *a; int n; };

struct P gs;
struct P *gps;

void
local_to_global (int *p)	/* { dg-message "leaking param: p" } */
{
  struct P t;
  t.a = p;
  t.n = 0;
  gs = t;
}

void
local_addr_to_global (void)
{
  int x;			/* { dg-message "&x escapes to heap" } */
  struct P t = { &x, 1 };
  gs = t;
}

void
byval_to_global (struct P s)	/* { dg-message "leaking param: s" } */
{
  gs = s;
}

void
deref_to_global (struct P *s)	/* { dg-message "leaking param content: s" } */
{
  gs = *s;
}

void
local_to_global_heap (int *p)	/* { dg-message "leaking param: p" } */
{
  struct P t = { p, 0 };
  *gps = t;
}

void
local_to_param (struct P *out,	/* { dg-message "out does not escape" } */
		int *p)		/* { dg-message "leaking param: p" } */
{
  struct P t = { p, 2 };
  *out = t;
}

void
twice_then_global (int *p)	/* { dg-message "leaking param: p" } */
{
  struct P t = { p, 3 };
  struct P u = t;
  gs = u;
}
