/* Address of array elements: &a[i] of a local array is the address of the array.  */
/* { dg-options "-fplugin-arg-escape-m" } */

int *g;

void
elem_local_escapes (void)
{
  int a[4];			/* { dg-message "&a escapes to heap" } */
  g = &a[2];
}

int
elem_local_kept (int i)
{
  int a[4] = { 0 };		/* { dg-bogus "escapes" } */
  int *p = &a[i];
  *p = 5;
  return a[0];
}

int *
elem_param_result (int *p)	/* { dg-message "leaking param: p to result ~r0 level=0" } */
{
  return &p[3];
}

void
elem_2d_escapes (void)
{
  int m[3][3];			/* { dg-message "&m escapes to heap" } */
  g = &m[1][2];
}

struct T { int v[4]; };

void
elem_in_struct_param (struct T *t, int i)	/* { dg-message "leaking param: t" } */
{
  g = &t->v[i];
}

void
elem_in_struct_local (int i)
{
  struct T t;			/* { dg-message "&t escapes to heap" } */
  g = &t.v[i];
}

int
elem_param_read (int *p, int i)	/* { dg-message "p does not escape" } */
{
  int *q = &p[i];
  return *q;
}
