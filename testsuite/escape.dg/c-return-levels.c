/* Returns: level 0 for p, level 1 for *pp, level 2 for **ppp.  */
/* { dg-options "-fplugin-arg-escape-m" } */

struct S { int *p; struct S *up; };

int *
r0 (int *p)			/* { dg-message "leaking param: p to result ~r0 level=0" } */
{
  return p;
}

int *
r1 (int **pp)			/* { dg-message "leaking param: pp to result ~r0 level=1" } */
{
  return *pp;
}

int *
r2 (int ***ppp)			/* { dg-message "leaking param: ppp to result ~r0 level=2" } */
{
  return **ppp;
}

int *
r1_field (struct S *s)		/* { dg-message "leaking param: s to result ~r0 level=1" } */
{
  return s->p;
}

int *
r2_field (struct S *s)		/* { dg-message "leaking param: s to result ~r0 level=2" } */
{
  return s->up->p;
}

int *
r_mixed (int **pp,		/* { dg-message "leaking param: pp to result ~r0 level=1" } */
	 int *q)		/* { dg-message "leaking param: q to result ~r0 level=0" } */
{
  if (*q)
    return *pp;
  return q;
}

int
r_value (int **pp)		/* { dg-message "pp does not escape" } */
{
  return **pp;
}

int **
r0_of_pp (int **pp)		/* { dg-message "leaking param: pp to result ~r0 level=0" } */
{
  return pp + 1;
}
