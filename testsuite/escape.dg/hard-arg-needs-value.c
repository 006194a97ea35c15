/* max-size, frame-budget and recursive-budget have no default meaning without =N: each bare key is an error naming its range, and the plugin refuses to load.  */
/* { dg-options "-fplugin-arg-escape-max-size -fplugin-arg-escape-frame-budget -fplugin-arg-escape-recursive-budget -fplugin-arg-escape-m" } */
/* { dg-error "escape: .-fplugin-arg-escape-max-size. needs a value: .-fplugin-arg-escape-max-size=N. with N from 0 to 1048576" "" { target *-*-* } 0 } */
/* { dg-error "escape: .-fplugin-arg-escape-frame-budget. needs a value: .-fplugin-arg-escape-frame-budget=N. with N from 0 to 1048576" "" { target *-*-* } 0 } */
/* { dg-error "escape: .-fplugin-arg-escape-recursive-budget. needs a value: .-fplugin-arg-escape-recursive-budget=N. with N from 0 to 65536" "" { target *-*-* } 0 } */
/* { dg-error "failed to initialize plugin \[^ \]*escape\\.so" "" { target *-*-* } 0 } */

int *g;

void
f (int *p)
{
  g = p;
}
