/* One past the largest valid value, and a value that fits a long but not an int, are out of range for every key (m=3 is arg-m-too-big.c).  */
/* { dg-options "-fplugin-arg-escape-max-size=1048577 -fplugin-arg-escape-frame-budget=4294967296 -fplugin-arg-escape-recursive-budget=65537 -fplugin-arg-escape-promote=2 -fplugin-arg-escape-stats=2 -fplugin-arg-escape-dump=2" } */
/* { dg-error "escape: .-fplugin-arg-escape-max-size=1048577.: value out of range; valid values are 0 to 1048576" "" { target *-*-* } 0 } */
/* { dg-error "escape: .-fplugin-arg-escape-frame-budget=4294967296.: value out of range; valid values are 0 to 1048576" "" { target *-*-* } 0 } */
/* { dg-error "escape: .-fplugin-arg-escape-recursive-budget=65537.: value out of range; valid values are 0 to 65536" "" { target *-*-* } 0 } */
/* { dg-error "escape: .-fplugin-arg-escape-promote=2.: value out of range; valid values are 0 to 1" "" { target *-*-* } 0 } */
/* { dg-error "escape: .-fplugin-arg-escape-stats=2.: value out of range; valid values are 0 to 1" "" { target *-*-* } 0 } */
/* { dg-error "escape: .-fplugin-arg-escape-dump=2.: value out of range; valid values are 0 to 1" "" { target *-*-* } 0 } */
/* { dg-error "failed to initialize plugin \[^ \]*escape\\.so" "" { target *-*-* } 0 } */

int *g;

void
f (int *p)
{
  g = p;
}
