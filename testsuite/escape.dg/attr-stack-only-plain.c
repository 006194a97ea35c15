/* Without -fplugin-arg-escape-promote nothing moves and stack_only asserts
   nothing: the same allocation that fails the compile under promotion
   (attr-stack-only.c) compiles quietly.  */
/* { dg-options "" } */
#include <stdlib.h>

void *g;

int
escapes (void)
{
  char *b __attribute__ ((stack_only)) = malloc (64);
  g = b;
  return 0;
}
