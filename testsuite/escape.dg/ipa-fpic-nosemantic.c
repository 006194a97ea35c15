/* -fPIC with -fno-semantic-interposition: exported definitions are assumed not interposed, so their summaries are used.  */
/* { dg-options "-fPIC -fno-semantic-interposition -fplugin-arg-escape-m" } */

int
read_any (const int *p)		/* { dg-message "p does not escape" } */
{
  return *p;
}

int *kept;

void
keep_any (int *p)		/* { dg-message "leaking param: p" } */
{
  kept = p;
}

int
call_read (void)
{
  int x = 1;
  return read_any (&x);
}

void
call_keep (void)
{
  static int s;
  int y = 2;			/* { dg-message "&y escapes to heap" } */
  keep_any (&y);
  keep_any (&s);
}

int
forward (const int *a, int *b)	/* { dg-message "a does not escape" } */
/* { dg-message "leaking param: b" "" { target *-*-* } 35 } */
{
  keep_any (b);
  return read_any (a);
}
