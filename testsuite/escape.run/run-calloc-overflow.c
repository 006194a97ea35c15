/* A variable-size calloc moved to the stack still returns NULL when nmemb*size overflows,
   and serves huge requests from the heap.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m" } */
#include <stdlib.h>
#include <stdint.h>

static int
try_calloc (size_t n, size_t s)
{
  unsigned char *p = calloc (n, s);	/* { dg-message "moved to stack: calloc\\(n, s\\)" } */
  if (!p)
    return 0;
  size_t bytes = n * s;
  for (size_t i = 0; i < bytes; i += 1 + bytes / 64)
    if (p[i] != 0)
      abort ();
  if (bytes)
    p[bytes - 1] = 1;
  free (p);
  return 1;
}

int
main (void)
{
  volatile size_t big = SIZE_MAX / 2 + 1;
  if (try_calloc (big, 2) != 0)
    abort ();
  if (try_calloc (2, big) != 0)
    abort ();
  if (try_calloc ((size_t) 1 << 33, (size_t) 1 << 33) != 0)
    abort ();
  if (try_calloc (SIZE_MAX, SIZE_MAX) != 0)
    abort ();
  /* (2^32 + 1) * 2^32 wraps to 2^32: must still fail.  */
  if (try_calloc (((size_t) 1 << 32) + 1, (size_t) 1 << 32) != 0)
    abort ();
  /* 2^63 * 2 wraps to 0, which is small: must still fail.  */
  if (try_calloc ((size_t) 1 << 63, 2) != 0)
    abort ();
  if (try_calloc (16, 16) != 1 || try_calloc (4096, 1) != 1 || try_calloc (1, 4097) != 1)
    abort ();
  if (try_calloc (1024, 1024) != 1)
    abort ();
  return 0;
}
