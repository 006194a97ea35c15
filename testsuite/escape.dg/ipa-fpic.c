/* With -fPIC an exported definition may be interposed: its summary is not used, static and hidden ones still are.  */
/* { dg-options "-fPIC -fplugin-arg-escape-m" } */

/* Another shared object may provide the read_any that actually runs.  */
int
read_any (const int *p)		/* { dg-message "p does not escape" } */
{
  return *p;
}

static int
read_static (const int *p)	/* { dg-message "p does not escape" } */
{
  return *p;
}

__attribute__ ((visibility ("hidden"))) int
read_hidden (const int *p)	/* { dg-message "p does not escape" } */
{
  return *p;
}

int
call_exported (void)
{
  int x = 1;			/* { dg-message "&x escapes to heap" } */
  return read_any (&x);
}

int
call_static (void)
{
  int y = 2;
  return read_static (&y);
}

int
call_hidden (void)
{
  int z = 3;
  return read_hidden (&z);
}

int
forward (const int *a, const int *b, const int *c)	/* { dg-message "leaking param: a" } */
/* { dg-message "b does not escape" "" { target *-*-* } 45 } */
/* { dg-message "c does not escape" "" { target *-*-* } 45 } */
{
  return read_any (a) + read_static (b) + read_hidden (c);
}
