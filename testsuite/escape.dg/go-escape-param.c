/* After Go's escape_param.go: what a callee's summary level makes escape in its callers.  */
/* { dg-options "-fplugin-arg-escape-m -Wno-return-local-addr" } */

void *sink;

int *
param0 (int *p)			/* { dg-message "leaking param: p to result ~r0 level=0" } */
{
  return p;
}

int
caller0a (void)
{
  int i = 0;
  return *param0 (&i);
}

void
caller0b (void)
{
  int i = 0;			/* { dg-message "&i escapes to heap" } */
  sink = param0 (&i);
}

/* What *p points to is stored: two levels below the caller's &p2.  */
void
param6 (int ***p)		/* { dg-message "leaking param content: p" } */
{
  sink = *p;
}

void
caller6 (void)
{
  int i = 0;			/* { dg-message "&i escapes to heap" } */
  int *p = &i;			/* { dg-message "&p escapes to heap" } */
  int **p2 = &p;
  param6 (&p2);
}

void
param7 (int ***p)		/* { dg-message "leaking param content: p" } */
{
  sink = **p;
}

void
caller7 (void)
{
  int i = 0;			/* { dg-message "&i escapes to heap" } */
  int *p = &i;
  int **p2 = &p;
  param7 (&p2);
}

/* Only an int is stored.  */
void
param8 (int **p)		/* { dg-message "p does not escape" } */
{
  *(int *) sink = **p;
}

void
caller8 (void)
{
  int i = 0;
  int *p = &i;
  param8 (&p);
}

int **
param9 (int ***p)		/* { dg-message "leaking param: p to result ~r0 level=1" } */
{
  return *p;
}

int
caller9a (void)
{
  int i = 0;
  int *p = &i;
  int **p2 = &p;
  return **param9 (&p2);
}

void
caller9b (void)
{
  int i = 0;			/* { dg-message "&i escapes to heap" } */
  int *p = &i;			/* { dg-message "&p escapes to heap" } */
  int **p2 = &p;
  sink = param9 (&p2);
}

int *
param10 (int ***p)		/* { dg-message "leaking param: p to result ~r0 level=2" } */
{
  return **p;
}

void
caller10b (void)
{
  int i = 0;			/* { dg-message "&i escapes to heap" } */
  int *p = &i;
  int **p2 = &p;
  sink = param10 (&p2);
}

/* The address of the parameter's own storage is stored through R: the
   storage escapes, and so does the value it holds.  */
struct indir
{
  int ***p;
};

void
param12 (struct indir *r, int **i)	/* { dg-message "r does not escape" } */
/* { dg-message "leaking param: i" "" { target *-*-* } 119 } */
/* { dg-message "&i escapes to heap" "" { target *-*-* } 119 } */
{
  r->p = &i;
}

void
caller12 (void)
{
  int i = 0;			/* { dg-message "&i escapes to heap" } */
  int *p = &i;			/* { dg-message "&p escapes to heap" } */
  struct indir r;
  param12 (&r, &p);
}
