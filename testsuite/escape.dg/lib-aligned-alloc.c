/* aligned_alloc: an allocation site like malloc, escaping or not.  */
/* { dg-options "-fplugin-arg-escape-m" } */

#include <stdlib.h>

double *vec_cache;

double *
new_vector (size_t n)
{
  return aligned_alloc (64, n * sizeof (double));	/* { dg-message "aligned_alloc\\(64, \\.\\.\\.\\) escapes to heap" } */
}

void
cache_vector (size_t bytes)
{
  vec_cache = aligned_alloc (32, bytes);	/* { dg-message "aligned_alloc\\(32, bytes\\) escapes to heap" } */
}

double
scratch_sum (size_t align)
{
  double *v = aligned_alloc (align, 256);	/* { dg-message "aligned_alloc\\(align, 256\\) does not escape" } */
  if (!v)
    return 0;
  v[0] = 1.5;
  v[1] = 2.5;
  double s = v[0] + v[1];
  free (v);
  return s;
}

void
hand_out (double **slot)		/* { dg-message "slot does not escape" } */
{
  *slot = aligned_alloc (16, 16);	/* { dg-message "aligned_alloc\\(16, 16\\) escapes to heap" } */
}

/* { dg-final { escape-same-code-without-m } } */
