/* Go's escape2.go Bar2 and foo60/foo61/foo72/foo92-foo103 in C: Go's slices of arrays become pointers into arrays.  */
/* { dg-options "-fplugin-arg-escape-m" } */

struct bar2
{
  int i[12];
  int *ii;
};

int
bar2_no_leak (struct bar2 *b)	/* { dg-message "b does not escape" } */
{
  return b->i[0];
}

/* b.i[:] is a pointer into *b.  */
int *
bar2_leak (struct bar2 *b)	/* { dg-message "leaking param: b to result ~r0 level=0" } */
{
  return b->i;
}

int *
bar2_also_no_leak (struct bar2 *b)	/* { dg-message "leaking param: b to result ~r0 level=1" } */
{
  return b->ii + 1;
}

/* b now points into itself, in memory that belongs to the caller.  */
void
bar2_leak_self (struct bar2 *b)	/* { dg-message "leaking param: b" } */
{
  b->ii = &b->i[4];
}

void
bar2_leak_self2 (struct bar2 *b)	/* { dg-message "leaking param: b" } */
{
  int *buf;
  buf = b->i;
  b->ii = buf;
}

/* Go's analysis is field-insensitive: storing a[0] and loading a[1] leaks i to the
   result there.  Here the elements at constant indices are parts of the array that
   do not overlap: a[1] holds only what was stored into a[1].  */
int *
foo60 (int *i)			/* { dg-message "i does not escape" } */
{
  int *a[12] = { 0 };
  a[0] = i;
  return a[1];
}

int *
foo60a (int *i)			/* { dg-message "i does not escape" } */
{
  int *a[12] = { 0 };
  a[0] = i;
  return 0;
}

/* Struct fields likewise.  */
int *
foo61 (int *i)			/* { dg-message "i does not escape" } */
{
  struct { int *a, *b; } s = { 0, 0 };
  s.a = i;
  return s.b;
}

void
foo72 (void)
{
  int x = 0;
  int *y[1];
  y[0] = &x;
  (void) y;
}

/* Returning an array (wrapped in a struct, as C needs) returns its contents.  */
struct arr10 { int *p[10]; };

struct arr10
foo72aa (void)
{
  int x = 0;			/* { dg-message "&x escapes to heap" } */
  struct arr10 y = { { 0 } };
  y.p[0] = &x;
  return y;
}

struct arr10
foo92 (int *x)			/* { dg-message "leaking param: x to result ~r0 level=0" } */
{
  struct arr10 r = { { x, 0 } };
  return r;
}

/* Go's foo97/foo101: an array parameter by value.  */
struct arr1 { int *m[1]; };

int *
foo97 (struct arr1 m)		/* { dg-message "leaking param: m to result ~r0 level=0" } */
{
  return m.m[0];
}

/* Go's foo102: storing into an array the caller owns.  */
void
foo102 (int **m, int *x)	/* { dg-message "m does not escape" } */
/* { dg-message "leaking param: x" "" { target *-*-* } 111 } */
{
  m[0] = x;
}

/* Go's foo103: storing into a copy.  */
void
foo103 (struct arr1 m, int *x)	/* { dg-message "m does not escape" } */
/* { dg-message "x does not escape" "" { target *-*-* } 119 } */
{
  m.m[0] = x;
}
