/* A build that puts its CFLAGS on the link line and the plugin's flags in
   LDFLAGS too, as the README asks under -flto (git's and make's Makefiles do),
   gives every plugin argument twice, at compile and at link time: the last one
   wins, the link succeeds, and lto1 moves the block of the wrapper it inlines
   (as in lto-xalloc.c), once.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m -fplugin-arg-escape-max-size=64 -fplugin-arg-escape-promote -fplugin-arg-escape-m -fplugin-arg-escape-max-size=64" } */
/* { dg-additional-sources "lto-xalloc-aux.c" } */
/* { dg-escape-late } */
/* { dg-escape-gcc-min 12 "no pass after inlining under GCC 11 (plugin/gcc-compat.h)" } */
#include <stdlib.h>

void *xzalloc (size_t);

int
main (int argc, char **argv)	/* { dg-message "argv does not escape" } */
{
  (void) argv;
  int *z = xzalloc (8 * sizeof (int));	/* { dg-message "moved to stack: calloc\\(32, 1\\) \\(inlined from xzalloc at \\S*lto-xalloc-aux\\.c:18\\)" } */
  z[argc % 8] = argc;
  int r = z[1 % 8] + z[2 % 8];
  free (z);
  return r == argc ? 0 : 1;
}
