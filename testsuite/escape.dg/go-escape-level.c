/* After Go's escape_level.go: which locals escape depends on how many times a chain of addresses is dereferenced before it is stored.  */
/* { dg-options "-fplugin-arg-escape-m" } */

void *sink;
long isink;

void
level0 (void)
{
  int i = 0;			/* { dg-message "&i escapes to heap" } */
  int *p0 = &i;			/* { dg-message "&p0 escapes to heap" } */
  int **p1 = &p0;		/* { dg-message "&p1 escapes to heap" } */
  int ***p2 = &p1;
  sink = p2;
}

void
level1 (void)
{
  int i = 0;			/* { dg-message "&i escapes to heap" } */
  int *p0 = &i;			/* { dg-message "&p0 escapes to heap" } */
  int **p1 = &p0;
  int ***p2 = &p1;
  sink = *p2;
}

void
level2 (void)
{
  int i = 0;			/* { dg-message "&i escapes to heap" } */
  int *p0 = &i;
  int **p1 = &p0;
  int ***p2 = &p1;
  sink = **p2;
}

void
level3 (void)
{
  int i = 0;
  int *p0 = &i;
  int **p1 = &p0;
  int ***p2 = &p1;
  isink = ***p2;
}

/* A copy in the middle does not add a level.  */
void
level4 (void)
{
  int i = 0;			/* { dg-message "&i escapes to heap" } */
  int *p0 = &i;			/* { dg-message "&p0 escapes to heap" } */
  int **p1 = &p0;
  int **p1c = p1;
  int ***p2 = &p1c;
  sink = *p2;
}

/* Taking the address again after a load cancels it.  */
void
level5 (void)
{
  int i = 0;			/* { dg-message "&i escapes to heap" } */
  int *p0 = &i;			/* { dg-message "&p0 escapes to heap" } */
  int **p1 = &p0;
  int ***p2 = &p1;
  sink = &**p2;
}
