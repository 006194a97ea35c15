/* Result levels through call chains: wrappers that return a parameter or its content.  */
/* { dg-options "-fplugin-arg-escape-m -Wno-return-local-addr" } */

int *global;

int *
same (int *p)		/* { dg-message "leaking param: p to result ~r0 level=0" } */
{
  return p;
}

int *
load1 (int **pp)	/* { dg-message "leaking param: pp to result ~r0 level=1" } */
{
  return *pp;
}

int *
load2 (int ***ppp)	/* { dg-message "leaking param: ppp to result ~r0 level=2" } */
{
  return load1 (*ppp);
}

int *
wrap_same (int *q)	/* { dg-message "leaking param: q to result ~r0 level=0" } */
{
  return same (same (q));
}

int *
wrap_load1 (int **qq)	/* { dg-message "leaking param: qq to result ~r0 level=1" } */
{
  return same (load1 (qq));
}

/* Taking the address of a local copy and loading through it gives the value back.  */
int *
via_local (int *r)	/* { dg-message "leaking param: r to result ~r0 level=0" } */
{
  int *t = r;
  return load1 (&t);
}

/* Only the content of px is published: x escapes, px itself does not.  */
void
publish_content (void)
{
  int x = 0;		/* { dg-message "&x escapes to heap" } */
  int *px = &x;
  global = wrap_load1 (&px);
}

/* The result stays local: nothing escapes.  */
int
use_locally (void)
{
  int x = 0;
  int *px = &x;
  int **ppx = &px;
  int *r = load2 (&ppx);
  *r = 5;
  return x;
}

/* Returning what load1 found in a local pointer returns the address of a local.  */
int *
return_content (void)
{
  static int s;
  int y = 0;		/* { dg-message "&y escapes to heap" } */
  int *py = &y;
  if (s)
    return &s;
  return load1 (&py);
}
