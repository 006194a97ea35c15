/* Address-of locals and parameters: the named object escapes when its address does.  */
/* { dg-options "-fplugin-arg-escape-m -Wno-return-local-addr" } */

int *g;
int **gpp;

void
addr_to_global (void)
{
  int x;			/* { dg-message "&x escapes to heap" } */
  g = &x;
}

int
addr_kept (void)
{
  int x = 2;			/* { dg-bogus "escapes" } */
  int *p = &x;
  *p = 3;
  return x;
}

int *
addr_returned (void)
{
  int y = 0;			/* { dg-message "&y escapes to heap" } */
  int *p = &y;
  return p;
}

void
addr_stored_through_param (int **out)	/* { dg-message "out does not escape" } */
{
  int z;			/* { dg-message "&z escapes to heap" } */
  *out = &z;
}

void
addr_of_pointer_param (int *p)	/* { dg-message "&p escapes to heap" } */
/* { dg-message "leaking param: p" "" { target *-*-* } 39 } */
{
  gpp = &p;
}

void
addr_of_int_param (int n)	/* { dg-message "&n escapes to heap" } */
{
  g = &n;
}

int
addr_of_pointer_local (int *p)	/* { dg-message "p does not escape" } */
{
  int *q = p;			/* { dg-bogus "escapes" } */
  int **qq = &q;
  return **qq;
}
