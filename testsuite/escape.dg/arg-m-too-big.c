/* -fplugin-arg-escape-m=3 is out of range; the plugin refuses to load.  */
/* { dg-options "-fplugin-arg-escape-m=3" } */
/* { dg-error "escape: .-fplugin-arg-escape-m=3.: value out of range; valid values are 0 to 2" "" { target *-*-* } 0 } */
/* { dg-error "failed to initialize plugin \[^ \]*escape\\.so" "" { target *-*-* } 0 } */

int *g;

void
f (int *p)
{
  g = p;
}
