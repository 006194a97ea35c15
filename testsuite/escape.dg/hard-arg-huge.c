/* A decimal number too large for any integer type is a number, only out of range: it gets the same error as any other value above the maximum, in both directions.  */
/* { dg-options "-fplugin-arg-escape-max-size=99999999999999999999 -fplugin-arg-escape-recursive-budget=-99999999999999999999" } */
/* { dg-error "escape: .-fplugin-arg-escape-max-size=99999999999999999999.: value out of range; valid values are 0 to 1048576" "" { target *-*-* } 0 } */
/* { dg-error "escape: .-fplugin-arg-escape-recursive-budget=-99999999999999999999.: value out of range; valid values are 0 to 65536" "" { target *-*-* } 0 } */
/* { dg-error "failed to initialize plugin \[^ \]*escape\\.so" "" { target *-*-* } 0 } */

int *g;

void
f (int *p)
{
  g = p;
}
