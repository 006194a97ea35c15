/* KEY= with an empty value is not a number, for every key that takes one (m= is arg-m-empty.c); each is reported and the plugin refuses to load.  */
/* { dg-options "-fplugin-arg-escape-promote= -fplugin-arg-escape-stats= -fplugin-arg-escape-max-size= -fplugin-arg-escape-frame-budget= -fplugin-arg-escape-recursive-budget= -fplugin-arg-escape-dump=" } */
/* { dg-error "escape: .-fplugin-arg-escape-promote=.: value must be a number from 0 to 1" "" { target *-*-* } 0 } */
/* { dg-error "escape: .-fplugin-arg-escape-stats=.: value must be a number from 0 to 1" "" { target *-*-* } 0 } */
/* { dg-error "escape: .-fplugin-arg-escape-max-size=.: value must be a number from 0 to 1048576" "" { target *-*-* } 0 } */
/* { dg-error "escape: .-fplugin-arg-escape-frame-budget=.: value must be a number from 0 to 1048576" "" { target *-*-* } 0 } */
/* { dg-error "escape: .-fplugin-arg-escape-recursive-budget=.: value must be a number from 0 to 65536" "" { target *-*-* } 0 } */
/* { dg-error "escape: .-fplugin-arg-escape-dump=.: value must be a number from 0 to 1" "" { target *-*-* } 0 } */
/* { dg-error "failed to initialize plugin \[^ \]*escape\\.so" "" { target *-*-* } 0 } */

int *g;

void
f (int *p)
{
  g = p;
}
