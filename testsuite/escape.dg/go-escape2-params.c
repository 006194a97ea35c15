/* Go's escape2.go foo4-foo11 in C: assignments between parameters, stores through them, loads from them.  */
/* { dg-options "-fplugin-arg-escape-m" } */

/* xx is overwritten locally: nothing goes anywhere.  */
void
foo4 (int *xx, int *yy)		/* { dg-message "xx does not escape" } */
/* { dg-message "yy does not escape" "" { target *-*-* } 6 } */
{
  xx = yy;
  (void) xx;
}

/* Taking the address of yy into a dead local is harmless.  */
void
foo5 (int **xx, int *yy)	/* { dg-message "xx does not escape" } */
/* { dg-message "yy does not escape" "" { target *-*-* } 15 } */
{
  xx = &yy;
  (void) xx;
}

/* Storing yy through xx: the memory xx points to belongs to the caller.  */
void
foo6 (int **xx, int *yy)	/* { dg-message "xx does not escape" } */
/* { dg-message "leaking param: yy" "" { target *-*-* } 24 } */
{
  *xx = yy;
}

/* Only ints move.  */
void
foo7 (int **xx, int *yy)	/* { dg-message "xx does not escape" } */
/* { dg-message "yy does not escape" "" { target *-*-* } 32 } */
{
  **xx = *yy;
}

int
foo8 (int *xx, int *yy)		/* { dg-message "xx does not escape" } */
/* { dg-message "yy does not escape" "" { target *-*-* } 39 } */
{
  xx = yy;
  return *xx;
}

/* Go reports both as leaking to the result; in SSA form the incoming value of
   xx is dead, only yy's value is returned.  */
int *
foo9 (int *xx, int *yy)		/* { dg-message "xx does not escape" } */
/* { dg-message "leaking param: yy to result ~r0 level=0" "" { target *-*-* } 49 } */
{
  xx = yy;
  return xx;
}

void
foo10 (int *xx, int *yy)	/* { dg-message "xx does not escape" } */
/* { dg-message "yy does not escape" "" { target *-*-* } 57 } */
{
  *xx = *yy;
}

int
foo11 (void)
{
  int x = 0, y = 42;
  int *xx = &x;
  int *yy = &y;
  *xx = *yy;
  return x;
}

/* Go's foo3b: a pointer stored through itself.  */
typedef struct t *T;
struct t { T next; };

void
foo3b (T t)			/* { dg-message "leaking param: t" } */
{
  t->next = t;
}
