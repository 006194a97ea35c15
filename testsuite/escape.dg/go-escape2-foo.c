/* Go's escape2.go Foo methods and foo31/foo32/foo41-foo47 in C: fields of a global struct and of a parameter, through calls.  */
/* { dg-options "-fplugin-arg-escape-m" } */

struct foo
{
  int *xx;
  int x;
};

struct foo F;
struct foo *pf;
int *gx;

int
fooleak (int *xx)		/* { dg-message "leaking param: xx" } */
{
  gx = xx;
  return *gx;
}

int
foonoleak (int *xx)		/* { dg-message "xx does not escape" } */
{
  return *gx + *xx;
}

int
foo31 (int x)			/* { dg-message "&x escapes to heap" } */
{
  return fooleak (&x);
}

int
foo32 (int x)
{
  return foonoleak (&x);
}

void
foo_fooleak (struct foo *f)	/* { dg-message "leaking param: f" } */
{
  pf = f;
}

void
foo_foonoleak (struct foo *f)	/* { dg-message "f does not escape" } */
{
  F.x = f->x;
}

void
foo_leak (struct foo *f)	/* { dg-message "leaking param: f" } */
{
  foo_fooleak (f);
}

void
foo_noleak (struct foo *f)	/* { dg-message "f does not escape" } */
{
  foo_foonoleak (f);
}

void
foo41 (int x)			/* { dg-message "&x escapes to heap" } */
{
  F.xx = &x;
}

void
foo42 (struct foo *f, int x)	/* { dg-message "f does not escape" } */
/* { dg-message "&x escapes to heap" "" { target *-*-* } 70 } */
{
  f->xx = &x;
}

void
foo44 (int *yy)			/* { dg-message "leaking param: yy" } */
{
  F.xx = yy;
}

void
foo45 (struct foo *f)		/* { dg-message "f does not escape" } */
{
  F.x = f->x;
}

void
foo46 (struct foo *f)		/* { dg-message "leaking param content: f" } */
{
  F.xx = f->xx;
}

/* f points into itself afterwards, in memory that belongs to the caller.  */
void
foo47 (struct foo *f)		/* { dg-message "leaking param: f" } */
{
  f->xx = &f->x;
}
