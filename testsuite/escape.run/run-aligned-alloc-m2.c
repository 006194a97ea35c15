/* -m=2: aligned_alloc with a variable or too large alignment stays on the heap.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m=2" } */
#include <stdlib.h>
#include <stdint.h>

static int
f (size_t al)
{
  size_t sz = al * 4;
  char *a = aligned_alloc (al, sz);	/* { dg-message "aligned_alloc\\(al, sz\\) does not escape" } */
  /* { dg-message "  not moved to stack: alignment not a constant power of two up to 4096" "" { target *-*-* } 11 } */
  char *b = aligned_alloc (8192, 8192);	/* { dg-message "aligned_alloc\\(8192, 8192\\) does not escape" } */
  /* { dg-message "  not moved to stack: alignment not a constant power of two up to 4096" "" { target *-*-* } 13 } */
  char *c = aligned_alloc (32, 64);	/* { dg-message "moved to stack: aligned_alloc\\(32, 64\\)" } */
  if (!a || !b || !c)
    abort ();
  int ok = (uintptr_t) a % al == 0 && (uintptr_t) b % 8192 == 0 && (uintptr_t) c % 32 == 0;
  a[sz - 1] = b[8191] = c[63] = 1;
  free (a);
  free (b);
  free (c);
  return ok;
}

int
main (void)
{
  if (!f (16) || !f (256) || !f (65536))
    abort ();
  return 0;
}
