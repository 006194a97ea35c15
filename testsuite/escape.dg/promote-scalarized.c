/* A small struct temporary moved to the stack is then scalarized by GCC: the
   optimized dump has neither the allocation, the free, nor the stack object.  */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m -fdump-tree-optimized" } */

#include <stdlib.h>

struct vec3 { double x, y, z; };

static double
dot (const struct vec3 *a, const struct vec3 *b)	/* { dg-message "a does not escape" } */
  /* { dg-message "b does not escape" "" { target *-*-* } 10 } */
{
  return a->x * b->x + a->y * b->y + a->z * b->z;
}

double
length2 (double x, double y, double z)
{
  struct vec3 *v = malloc (sizeof *v);	/* { dg-message "moved to stack: malloc\\(24\\)" } */
  if (!v)
    return -1;
  v->x = x;
  v->y = y;
  v->z = z;
  double r = dot (v, v);
  free (v);
  return r;
}

/* { dg-final { escape-scan-optimized-not "malloc|free" } } */
/* { dg-final { escape-scan-optimized-not "escape_stack" optimizing } } */
