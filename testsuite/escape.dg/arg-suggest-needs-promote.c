/* -fplugin-arg-escape-suggest counts sites that would move: without promotion
   it is an error, and the plugin refuses to load.  */
/* { dg-options "-fplugin-arg-escape-suggest" } */
/* { dg-error "escape: .-fplugin-arg-escape-suggest. counts the allocation sites that would move to the stack: it needs .-fplugin-arg-escape-promote." "" { target *-*-* } 0 } */
/* { dg-error "failed to initialize plugin \[^ \]*escape\\.so" "" { target *-*-* } 0 } */

int *g;

void
f (int *p)
{
  g = p;
}
