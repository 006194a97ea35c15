/* The same plugin argument given twice is an error, even with values that would each be valid.  */
/* { dg-options "-fplugin-arg-escape-m -fplugin-arg-escape-m=2" } */
/* { dg-error "escape: .-fplugin-arg-escape-m. given more than once" "" { target *-*-* } 0 } */
/* { dg-error "failed to initialize plugin \[^ \]*escape\\.so" "" { target *-*-* } 0 } */

int *g;

void
f (int *p)
{
  g = p;
}
