/* Go's escape2.go foo3, foo78, foo78a, indaddr1-3, Float64bits and tee in C: returning addresses and values.  */
/* { dg-options "-fplugin-arg-escape-m -Wno-return-local-addr" } */

#include <stdint.h>
#include <string.h>

/* GCC's C front end replaces "return &local;" by "return 0;" (after its
   -Wreturn-local-addr warning): nothing is returned, nothing escapes.  */
int *
foo3_direct (int x)		/* { dg-bogus "escapes" } */
{
  return &x;
}

/* Through a variable the address really is returned.  */
int *
foo3 (int x)			/* { dg-message "&x escapes to heap" } */
{
  int *p = &x;
  return p;
}

int *
foo78a (int z)			/* { dg-message "&z escapes to heap" } */
{
  int *y = &z;
  int **x = &y;
  return *x;
}

int *
indaddr2 (int *x)		/* { dg-message "leaking param: x to result ~r0 level=0" } */
{
  return *&x;
}

/* Reinterpreting the parameter's storage as another pointer type.  */
int *
indaddr3 (int32_t *x)		/* { dg-message "leaking param: x to result ~r0 level=0" } */
{
  return *(int **) &x;
}

/* Type punning through a local's address returns only bits.  */
uint64_t
float64bits (double f)
{
  return *(uint64_t *) &f;
}

uint64_t
float64bits_memcpy (double f)
{
  uint64_t u;
  memcpy (&u, &f, sizeof u);
  return u;
}

uint64_t *
float64bitsptr (double f)	/* { dg-message "&f escapes to heap" } */
{
  uint64_t *u = (uint64_t *) &f;
  return u;
}

uint64_t *
float64ptrbitsptr (double *f)	/* { dg-message "leaking param: f to result ~r0 level=0" } */
{
  return (uint64_t *) f;
}

/* Go's tee returns p twice; C returns both in one struct.  */
struct pair
{
  int *x, *y;
};

struct pair
tee (int *p)			/* { dg-message "leaking param: p to result ~r0 level=0" } */
{
  struct pair r = { p, p };
  return r;
}

int
use_tee (void)
{
  int z = 0;
  struct pair r = tee (&z);
  return *r.x + *r.y;
}

/* Returning the address of a local array element.  */
int *
element (int n)
{
  int a[4] = { 0 };		/* { dg-message "&a escapes to heap" } */
  int *e = &a[n & 3];
  return e;
}
