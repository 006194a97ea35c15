/* Shapes the analysis follows as pointers, unlike byte or narrow copies ({bytes}): a
   struct copied whole, pointer-wide integers (uintptr_t, unsigned __int128) and vectors
   of pointer-wide elements.  Blocks they carry into globals escape; a struct memcpy'd
   onto a local of its own type leaves its block movable.  */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m" } */

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

struct box { char *p; long n; };
typedef uintptr_t v2up __attribute__ ((vector_size (2 * sizeof (uintptr_t))));

struct box gbox;
uintptr_t gu;
unsigned __int128 gw;
v2up gv;
char *gp;

void
struct_to_global (void)
{
  struct box b;
  b.p = malloc (16);	/* { dg-message "malloc\\(16\\) escapes to heap" } */
  b.n = 16;
  gbox = b;
}

int
struct_memcpy_local (int v)
{
  struct box a, b;
  a.p = malloc (16);	/* { dg-message "moved to stack: malloc\\(16\\)" } */
  a.n = 16;
  a.p[0] = (char) v;
  memcpy (&b, &a, sizeof b);
  int r = b.p[0];
  free (b.p);
  return r;
}

void
uintptr_to_global (void)
{
  char *p = malloc (16);	/* { dg-message "malloc\\(16\\) escapes to heap" } */
  p[0] = 1;
  gu = (uintptr_t) p;
}

void
uintptr_round_trip (void)
{
  char *p = malloc (16);	/* { dg-message "malloc\\(16\\) escapes to heap" } */
  uintptr_t u = (uintptr_t) p ^ 0x5a;
  gp = (char *) (u ^ 0x5a);
}

void
int128_to_global (void)
{
  char *p = malloc (16);	/* { dg-message "malloc\\(16\\) escapes to heap" } */
  p[0] = 2;
  gw = (unsigned __int128) (uintptr_t) p << 64 | 7;
}

void
int128_round_trip (void)
{
  char *p = malloc (16);	/* { dg-message "malloc\\(16\\) escapes to heap" } */
  unsigned __int128 w = (uintptr_t) p;
  w += 3;
  gp = (char *) (uintptr_t) (w - 3);
}

void
vector_to_global (void)
{
  char *p = malloc (16);	/* { dg-message "malloc\\(16\\) escapes to heap" } */
  v2up v = { (uintptr_t) p, 0 };
  gv = v;
}
