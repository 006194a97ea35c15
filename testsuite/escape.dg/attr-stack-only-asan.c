/* Under -fsanitize=address nothing moves unless asked (Hardening), and
   stack_only asserts nothing about the blocks the sanitizer keeps on the heap:
   the build compiles.  A block that escapes (here, returned) still fails it.  */
/* { dg-options "-fsanitize=address -fplugin-arg-escape-promote" } */
#include <stdlib.h>
#include <string.h>


int
kept_by_sanitizer (int n)
{
  char *b __attribute__ ((stack_only)) = malloc (64);
  char *v __attribute__ ((stack_only)) = malloc (n);
  memset (b, n, 64);
  memset (v, 0, n);
  int r = b[n & 63] + v[0];
  free (v);
  free (b);
  return r;
}

char *
returned (void)
{
  char *b __attribute__ ((stack_only)) = malloc (64);	/* { dg-error ".b. is declared .stack_only. but this allocation escapes to heap" } */
  /* { dg-message "  flow: (b = &malloc\\(64\\)|~r0 = b):" "" { target *-*-* } 25 } */
  /* { dg-message "    from (b = malloc\\(64\\) \\(call result\\)|return b \\(return\\)) at \\S*:\\d+:\\d+" "" { target *-*-* } 25 } */
  b[0] = 0;
  return b;
}
