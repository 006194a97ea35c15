/* Address of struct fields: &s.f is the address of s; &sp->f derives from sp.  */
/* { dg-options "-fplugin-arg-escape-m" } */

struct S { int a; int b; int *p; };

int *g;
int **gpp;

void
field_local_escapes (void)
{
  struct S s;			/* { dg-message "&s escapes to heap" } */
  g = &s.b;
}

int
field_local_kept (void)
{
  struct S s;			/* { dg-bogus "escapes" } */
  int *q = &s.b;
  *q = 1;
  return s.b;
}

int *
field_param_result (struct S *sp)	/* { dg-message "leaking param: sp to result ~r0 level=0" } */
{
  return &sp->b;
}

void
field_param_global (struct S *sp)	/* { dg-message "leaking param: sp" } */
{
  g = &sp->a;
}

int **
ptr_field_addr_result (struct S *sp)	/* { dg-message "leaking param: sp to result ~r0 level=0" } */
{
  return &sp->p;
}

void
ptr_field_addr_local (void)
{
  struct S t;			/* { dg-message "&t escapes to heap" } */
  gpp = &t.p;
}

int
field_param_read (struct S *sp)	/* { dg-message "sp does not escape" } */
{
  int *q = &sp->a;
  return *q + sp->b;
}
