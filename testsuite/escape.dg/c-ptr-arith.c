/* Pointer arithmetic: p + i, p - i, &p[i] and ++ derive from p and carry its fate.  */
/* { dg-options "-fplugin-arg-escape-m" } */

int *g;

void
plus_to_global (int *p, int i)	/* { dg-message "leaking param: p" } */
{
  g = p + i;
}

int *
elem_addr_result (int *p, int i)	/* { dg-message "leaking param: p to result ~r0 level=0" } */
{
  return &p[i];
}

int *
minus_result (int *p)		/* { dg-message "leaking param: p to result ~r0 level=0" } */
{
  return p - 1;
}

int
walk_range (int *b,		/* { dg-message "b does not escape" } */
	    int *e)		/* { dg-message "e does not escape" } */
{
  int n = 0;
  for (int *p = b; p != e; p++)
    n += *p;
  return n;
}

void
local_array_plus (void)
{
  int a[8];			/* { dg-message "&a escapes to heap" } */
  int *p = a + 3;
  g = p;
}

void
store_plus (int **pp,		/* { dg-message "pp does not escape" } */
	    int *p,		/* { dg-message "leaking param: p" } */
	    int i)
{
  *pp = p + i;
}

void
char_step_to_global (char *s)	/* { dg-message "leaking param: s" } */
{
  s += 4;
  s++;
  g = (int *) s;
}
