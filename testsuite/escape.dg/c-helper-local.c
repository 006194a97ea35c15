/* &local passed to a helper of this file: no escape if it only reads, escape if it keeps it.  */
/* { dg-options "-fplugin-arg-escape-m" } */

static int *g;

static int
reader (const int *p)		/* { dg-message "p does not escape" } */
{
  return *p;
}

static void
keeper (int *p)			/* { dg-message "leaking param: p" } */
{
  g = p;
}

static int *
ident (int *p)			/* { dg-message "leaking param: p to result ~r0 level=0" } */
{
  return p;
}

static void
put (int **pp,			/* { dg-message "pp does not escape" } */
     int *v)			/* { dg-message "leaking param: v" } */
{
  *pp = v;
}

int
use_reader (void)
{
  int x = 3;			/* { dg-bogus "escapes" } */
  return reader (&x);
}

void
use_keeper (void)
{
  int y = 4;			/* { dg-message "&y escapes to heap" } */
  keeper (&y);
}

int
use_ident_local (void)
{
  int z = 5;			/* { dg-bogus "escapes" } */
  int *q = ident (&z);
  return *q;
}

void
use_ident_global (void)
{
  int w;			/* { dg-message "&w escapes to heap" } */
  g = ident (&w);
}

int
use_put (void)
{
  int a = 0;			/* { dg-bogus "escapes" } */
  int *slot;			/* { dg-bogus "escapes" } */
  /* put stores its second argument into what its first points to: here, slot,
     a local of this frame.  */
  put (&slot, &a);
  return *slot;
}

int
use_reader_param (int *p)	/* { dg-message "p does not escape" } */
{
  return reader (p) + reader (p + 1);
}

void
use_keeper_param (int *p)	/* { dg-message "leaking param: p" } */
{
  keeper (ident (p));
}
