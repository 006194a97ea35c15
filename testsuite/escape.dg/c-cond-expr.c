/* The ?: operator on pointers: both arms flow to the destination.  */
/* { dg-options "-fplugin-arg-escape-m" } */

int *g;

int *
sel (int c,
     int *p,			/* { dg-message "leaking param: p to result ~r0 level=0" } */
     int *q)			/* { dg-message "leaking param: q to result ~r0 level=0" } */
{
  return c ? p : q;
}

void
sel_global (int c,
	    int *p,		/* { dg-message "leaking param: p" } */
	    int *q)		/* { dg-message "leaking param: q" } */
{
  g = c ? p : q;
}

int
sel_read (int c,
	  int *p,		/* { dg-message "p does not escape" } */
	  int *q)		/* { dg-message "q does not escape" } */
{
  return *(c ? p : q);
}

void
sel_local (int c, int *p)	/* { dg-message "leaking param: p" } */
{
  int x;			/* { dg-message "&x escapes to heap" } */
  g = c ? &x : p;
}

int *
sel_null (int *p)		/* { dg-message "leaking param: p to result ~r0 level=0" } */
{
  return p ? p : 0;
}

int *
sel_nested (int c, int d,
	    int *p,		/* { dg-message "leaking param: p to result ~r0 level=0" } */
	    int **pp,		/* { dg-message "leaking param: pp to result ~r0 level=1" } */
	    int *q)		/* { dg-message "q does not escape" } */
{
  *q = c;
  return c ? p : d ? *pp : (int *) 0;
}
