/* A key given twice takes its last value, but every value given is checked: a malformed first occurrence is an error even when a valid one follows.  */
/* { dg-options "-fplugin-arg-escape-max-size=x -fplugin-arg-escape-max-size=16" } */
/* { dg-error "escape: .-fplugin-arg-escape-max-size=x.: value must be a number from 0 to 1048576" "" { target *-*-* } 0 } */
/* { dg-error "failed to initialize plugin \[^ \]*escape\\.so" "" { target *-*-* } 0 } */

int *g;

void
f (int *p)
{
  g = p;
}
