/* Plain copies between SSA names: a pointer copied from local to local keeps its fate.  */
/* { dg-options "-fplugin-arg-escape-m" } */

int *g;

void
copy_to_global (int *p)		/* { dg-message "leaking param: p" } */
{
  int *q = p;
  int *r = q;
  g = r;
}

int
copy_local_only (int *p)	/* { dg-message "p does not escape" } */
{
  int *q = p;
  int *r = q;
  return *r;
}

int *
copy_to_result (int *p)		/* { dg-message "leaking param: p to result ~r0 level=0" } */
{
  int *q = p;
  int *r;
  r = q;
  return r;
}

void
copy_overwritten (int *p)	/* { dg-message "p does not escape" } */
{
  int *q = p;
  *q = 1;
  q = 0;
  g = q;
}

void
copy_local_addr (void)
{
  int x = 0;			/* { dg-message "&x escapes to heap" } */
  int *a = &x;
  int *b = a;
  g = b;
}

int
copy_local_addr_kept (void)
{
  int x = 1;			/* { dg-bogus "escapes" } */
  int *a = &x;
  int *b = a;
  return *b;
}

void
copy_one_of_two (int *p,	/* { dg-message "p does not escape" } */
		 int *q)	/* { dg-message "leaking param: q" } */
{
  int *a = p;
  int *b = q;
  *a = *b;
  g = b;
}
