/* Go's escape2.go Bar methods in C: pointer fields of structs, by pointer and by value.  */
/* { dg-options "-fplugin-arg-escape-m -Wno-return-local-addr" } */

#include <stdlib.h>

struct bar
{
  int i;
  int *ii;
};

struct bar *
new_bar (void)
{
  struct bar *b = malloc (sizeof *b);	/* { dg-message "malloc\\(16\\) escapes to heap" } */
  b->i = 42;
  b->ii = 0;
  return b;
}

/* x is stored into a block that is returned: it leaks with the block.  */
struct bar *
new_barp (int *x)		/* { dg-message "leaking param: x" } */
{
  struct bar *b = malloc (sizeof *b);	/* { dg-message "malloc\\(16\\) escapes to heap" } */
  b->i = 42;
  b->ii = x;
  return b;
}

struct bar *
new_barp2 (int *x)		/* { dg-message "x does not escape" } */
{
  struct bar *b = malloc (sizeof *b);	/* { dg-message "malloc\\(16\\) escapes to heap" } */
  b->i = *x;
  b->ii = 0;
  return b;
}

int
no_leak (struct bar *b)		/* { dg-message "b does not escape" } */
{
  return *b->ii;
}

int *
leak (struct bar *b)		/* { dg-message "leaking param: b to result ~r0 level=0" } */
{
  return &b->i;
}

int *
also_no_leak (struct bar *b)	/* { dg-message "leaking param: b to result ~r0 level=1" } */
{
  return b->ii;
}

/* By value: the struct's pointer field is part of the parameter's value.  */
int *
also_leak (struct bar b)	/* { dg-message "leaking param: b to result ~r0 level=0" } */
{
  return b.ii;
}

int *
leaks_a_bit (struct bar *b)	/* { dg-message "leaking param: b to result ~r0 level=1" } */
{
  int v = 0;			/* { dg-message "&v escapes to heap" } */
  b->ii = &v;
  return b->ii;
}

/* v goes into the local copy b only, and only an int is returned.  */
int
still_no_leak (struct bar b)	/* { dg-message "b does not escape" } */
{
  int v = 0;
  b.ii = &v;
  return b.i + *b.ii;
}
