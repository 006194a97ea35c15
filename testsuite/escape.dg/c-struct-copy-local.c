/* Aggregate copies between locals: pointers carried by a struct copy stay local.  */
/* { dg-options "-fplugin-arg-escape-m" } */

struct P { int *a; int *b; };

int
copy_local (int *p)		/* { dg-message "p does not escape" } */
{
  struct P x, y;
  x.a = p;
  x.b = p;
  y = x;
  return *y.a;
}

int
copy_local_addrs (void)
{
  int v = 1;			/* { dg-bogus "escapes" } */
  struct P x = { &v, &v };
  struct P y = x;
  struct P z;
  z = y;
  return *z.b;
}

int
copy_from_param (struct P *in)	/* { dg-message "in does not escape" } */
{
  struct P t = *in;
  return *t.a + *t.b;
}

int
copy_by_value (struct P s)	/* { dg-message "s does not escape" } */
{
  struct P t = s;
  return *t.a;
}

int
copy_array_of_structs (int *p,	/* { dg-message "p does not escape" } */
		       int *q)	/* { dg-message "q does not escape" } */
{
  struct P arr[2];
  arr[0].a = p;
  arr[0].b = q;
  arr[1] = arr[0];
  return *arr[1].a + *arr[1].b;
}
