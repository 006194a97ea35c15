/* -m=2: a user function declared __attribute__((malloc)) is an allocation site but not a
   C library allocator: it is never moved.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m=2" } */
#include <stdlib.h>
#include <string.h>

__attribute__ ((malloc, noinline)) static void *
my_alloc (size_t n)
{
  void *p = malloc (n);	/* { dg-message "malloc\\(n\\) escapes to heap" } */
  /* { dg-message "  flow: p = &malloc\\(n\\):" "" { target *-*-* } 11 } */
  /* { dg-message "    from p = malloc\\(n\\) \\(call result\\) at \[^ \]*run-attr-malloc.c:11:13" "" { target *-*-* } 11 } */
  /* { dg-message "  flow: ~r0 = p:" "" { target *-*-* } 11 } */
  /* { dg-message "    from return p \\(return\\) at \[^ \]*run-attr-malloc.c:19:10" "" { target *-*-* } 11 } */
  if (!p)
    abort ();
  memset (p, 0xab, n);
  return p;
}

static int
use (int v)
{
  unsigned char *p = my_alloc (16);	/* { dg-message "my_alloc\\(16\\) does not escape" } */
  /* { dg-message "  not moved to stack: not a C library allocator" "" { target *-*-* } 25 } */
  int ok = p[0] == 0xab && p[15] == 0xab;
  p[3] = (unsigned char) v;
  ok = ok && p[3] == (unsigned char) v;
  free (p);
  return ok;
}

int
main (void)
{
  for (int i = 0; i < 100; i++)
    if (!use (i))
      abort ();
  return 0;
}
