/* -fplugin-arg-escape-m= with an empty value is not a number; the plugin refuses to load.  */
/* { dg-options "-fplugin-arg-escape-m=" } */
/* { dg-error "escape: .-fplugin-arg-escape-m=.: value must be a number from 0 to 2" "" { target *-*-* } 0 } */
/* { dg-error "failed to initialize plugin \[^ \]*escape\\.so" "" { target *-*-* } 0 } */

int *g;

void
f (int *p)
{
  g = p;
}
