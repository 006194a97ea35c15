/* Every key given twice is an error, also with identical values and when one of the two is the bare form; one error per repeated key.  */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-promote -fplugin-arg-escape-max-size=16 -fplugin-arg-escape-max-size=16 -fplugin-arg-escape-stats=1 -fplugin-arg-escape-stats -fplugin-arg-escape-frame-budget=0 -fplugin-arg-escape-frame-budget=0 -fplugin-arg-escape-recursive-budget=1 -fplugin-arg-escape-recursive-budget=2 -fplugin-arg-escape-dump=0 -fplugin-arg-escape-dump=0" } */
/* { dg-error "escape: .-fplugin-arg-escape-promote. given more than once" "" { target *-*-* } 0 } */
/* { dg-error "escape: .-fplugin-arg-escape-max-size. given more than once" "" { target *-*-* } 0 } */
/* { dg-error "escape: .-fplugin-arg-escape-stats. given more than once" "" { target *-*-* } 0 } */
/* { dg-error "escape: .-fplugin-arg-escape-frame-budget. given more than once" "" { target *-*-* } 0 } */
/* { dg-error "escape: .-fplugin-arg-escape-recursive-budget. given more than once" "" { target *-*-* } 0 } */
/* { dg-error "escape: .-fplugin-arg-escape-dump. given more than once" "" { target *-*-* } 0 } */
/* { dg-error "failed to initialize plugin \[^ \]*escape\\.so" "" { target *-*-* } 0 } */

int *g;

void
f (int *p)
{
  g = p;
}
