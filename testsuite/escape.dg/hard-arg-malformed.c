/* Values that are not whole decimal numbers (hex, fractions, suffixes, words) are rejected for every key, naming the key, the value and the range.  */
/* { dg-options "-fplugin-arg-escape-max-size=0x10 -fplugin-arg-escape-frame-budget=1.5 -fplugin-arg-escape-recursive-budget=5k -fplugin-arg-escape-promote=yes -fplugin-arg-escape-stats=on -fplugin-arg-escape-dump=x -fplugin-arg-escape-m=1a" } */
/* { dg-error "escape: .-fplugin-arg-escape-max-size=0x10.: value must be a number from 0 to 1048576" "" { target *-*-* } 0 } */
/* { dg-error "escape: .-fplugin-arg-escape-frame-budget=1\\.5.: value must be a number from 0 to 1048576" "" { target *-*-* } 0 } */
/* { dg-error "escape: .-fplugin-arg-escape-recursive-budget=5k.: value must be a number from 0 to 65536" "" { target *-*-* } 0 } */
/* { dg-error "escape: .-fplugin-arg-escape-promote=yes.: value must be a number from 0 to 1" "" { target *-*-* } 0 } */
/* { dg-error "escape: .-fplugin-arg-escape-stats=on.: value must be a number from 0 to 1" "" { target *-*-* } 0 } */
/* { dg-error "escape: .-fplugin-arg-escape-dump=x.: value must be a number from 0 to 1" "" { target *-*-* } 0 } */
/* { dg-error "escape: .-fplugin-arg-escape-m=1a.: value must be a number from 0 to 2" "" { target *-*-* } 0 } */
/* { dg-error "failed to initialize plugin \[^ \]*escape\\.so" "" { target *-*-* } 0 } */

int *g;

void
f (int *p)
{
  g = p;
}
