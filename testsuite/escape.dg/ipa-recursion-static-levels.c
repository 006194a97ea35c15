/* A static function that calls into another file is no entry from other files
   at any -O level: GCC marks every static function to be emitted at -O0, which
   made it count as one (and its blocks stayed on the heap at -O0 only).  One
   declared "used" may be called from outside (asm), so it still counts, as does
   a public one.  */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m=2" } */
#include <stdlib.h>

extern void ext (int);

static int
local (int k)
{
  char *a = malloc (16);	/* { dg-message "moved to stack: malloc\\(16\\)" } */
  a[0] = k;
  ext (k);
  int r = a[0];
  free (a);
  return r;
}

__attribute__ ((used)) static int
used (int k)
{
  char *a = malloc (16);	/* { dg-message "malloc\\(16\\) does not escape" } */
  /* { dg-message "  not moved to stack: recursive frame budget exhausted \\(0 \\+ 16 > 0\\); it may be called again through ext" "" { target *-*-* } 25 } */
  a[0] = k;
  ext (k);
  int r = a[0];
  free (a);
  return r;
}

int
main (void)
{
  return local (1) + used (2);
}
