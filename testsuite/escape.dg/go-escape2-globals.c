/* Go's escape2.go foo1, foo2 and foo12-foo19 in C: stores into globals at several levels of indirection.  */
/* { dg-options "-fplugin-arg-escape-m" } */

int *gxx;
int **xxx;

void
foo1 (int x)			/* { dg-message "&x escapes to heap" } */
{
  gxx = &x;
}

void
foo2 (int *yy)			/* { dg-message "leaking param: yy" } */
{
  gxx = yy;
}

void
foo12 (int **yyy)		/* { dg-message "leaking param: yyy" } */
{
  xxx = yyy;
}

/* The pointer yyy points to is published, not yyy itself.  */
void
foo13 (int **yyy)		/* { dg-message "leaking param content: yyy" } */
{
  *xxx = *yyy;
}

void
foo14 (int **yyy)		/* { dg-message "yyy does not escape" } */
{
  **xxx = **yyy;
}

/* The parameter's own storage is published, and with it the value it holds.  */
void
foo15 (int *yy)			/* { dg-message "&yy escapes to heap" } */
/* { dg-message "leaking param: yy" "" { target *-*-* } 40 } */
{
  xxx = &yy;
}

void
foo16 (int *yy)			/* { dg-message "leaking param: yy" } */
{
  *xxx = yy;
}

void
foo17 (int *yy)			/* { dg-message "yy does not escape" } */
{
  **xxx = *yy;
}

void
foo18 (int y)			/* { dg-message "&y escapes to heap" } */
{
  *xxx = &y;
}

void
foo19 (int y)
{
  **xxx = y;
}

/* The same with locals instead of parameters.  */
void
foo18_local (void)
{
  int y = 0;			/* { dg-message "&y escapes to heap" } */
  int z = 0;
  int *pz = &z;
  *xxx = &y;
  **xxx = *pz;
}
