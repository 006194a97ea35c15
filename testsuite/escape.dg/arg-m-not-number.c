/* -fplugin-arg-escape-m=x: the value must be a number; the plugin refuses to load.  */
/* { dg-options "-fplugin-arg-escape-m=x" } */
/* { dg-error "escape: .-fplugin-arg-escape-m=x.: value must be a number from 0 to 2" "" { target *-*-* } 0 } */
/* { dg-error "failed to initialize plugin \[^ \]*escape\\.so" "" { target *-*-* } 0 } */

int *g;

void
f (int *p)
{
  g = p;
}
