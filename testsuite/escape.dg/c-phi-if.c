/* PHIs from if/else: every incoming pointer shares the fate of the merged value.  */
/* { dg-options "-fplugin-arg-escape-m" } */

int *g;

int *
pick (int c,
      int *p,			/* { dg-message "leaking param: p to result ~r0 level=0" } */
      int *q)			/* { dg-message "leaking param: q to result ~r0 level=0" } */
{
  int *r;
  if (c)
    r = p;
  else
    r = q;
  return r;
}

void
pick_global (int c,
	     int *p,		/* { dg-message "leaking param: p" } */
	     int *q)		/* { dg-message "leaking param: q" } */
{
  int *r;
  if (c)
    r = p;
  else
    r = q;
  g = r;
}

void
pick_one_global (int c,
		 int *p,	/* { dg-message "leaking param: p" } */
		 int *q)	/* { dg-message "q does not escape" } */
{
  int *r = 0;
  if (c)
    r = p;
  *q = 1;
  g = r;
}

void
pick_local_addr (int c)
{
  int x, y;			/* { dg-message "&x escapes to heap" } */
/* { dg-message "&y escapes to heap" "" { target *-*-* } 47 } */
  int *r;
  if (c)
    r = &x;
  else
    r = &y;
  g = r;
}

int
pick_local_kept (int c, int *p)	/* { dg-message "p does not escape" } */
{
  int x = 0;			/* { dg-bogus "escapes" } */
  int *r;
  if (c)
    r = &x;
  else
    r = p;
  return *r;
}

int *
pick_switch (int c,
	     int *p,		/* { dg-message "leaking param: p to result ~r0 level=0" } */
	     int **pp)		/* { dg-message "leaking param: pp to result ~r0 level=1" } */
{
  int *r;
  switch (c)
    {
    case 0:
      r = p;
      break;
    case 1:
      r = *pp;
      break;
    default:
      r = 0;
    }
  return r;
}
