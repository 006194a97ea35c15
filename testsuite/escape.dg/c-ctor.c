/* Initializers and compound literals (CONSTRUCTORs) holding pointers.  */
/* { dg-options "-fplugin-arg-escape-m" } */

struct P { int *a; int *b; };

struct P gs;
int *garr[2];

int
ctor_local (int *p,		/* { dg-message "p does not escape" } */
	    int *q)		/* { dg-message "q does not escape" } */
{
  struct P s = { p, q };
  return *s.a + *s.b;
}

void
compound_literal_global (int *p)	/* { dg-message "leaking param: p" } */
{
  gs = (struct P) { p, 0 };
}

int
array_init_local (void)
{
  int x = 1, y = 2;		/* { dg-bogus "escapes" } */
  int *arr[2] = { &x, &y };
  return *arr[0] + *arr[1];
}

void
array_init_global (int *p)	/* { dg-message "leaking param: p" } */
{
  int *arr[2] = { p, p };
  garr[0] = arr[1];
}

struct P
compound_literal_result (int *p)	/* { dg-message "leaking param: p to result ~r0 level=0" } */
{
  return (struct P) { .a = p };
}

void
designated_global (int *p,	/* { dg-message "p does not escape" } */
		   int *q)	/* { dg-message "leaking param: q" } */
{
  struct P s = { .b = q };
  *p = 0;
  gs = s;
}

void
local_addr_in_literal (void)
{
  int z;			/* { dg-message "&z escapes to heap" } */
  gs = (struct P) { &z, &z };
}
