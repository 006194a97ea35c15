/* Negative values are out of range for every key (m=-1 is arg-m-negative.c): each is reported with the valid range and the plugin refuses to load.  */
/* { dg-options "-fplugin-arg-escape-max-size=-1 -fplugin-arg-escape-frame-budget=-16 -fplugin-arg-escape-recursive-budget=-1 -fplugin-arg-escape-promote=-1 -fplugin-arg-escape-stats=-1 -fplugin-arg-escape-dump=-1" } */
/* { dg-error "escape: .-fplugin-arg-escape-max-size=-1.: value out of range; valid values are 0 to 1048576" "" { target *-*-* } 0 } */
/* { dg-error "escape: .-fplugin-arg-escape-frame-budget=-16.: value out of range; valid values are 0 to 1048576" "" { target *-*-* } 0 } */
/* { dg-error "escape: .-fplugin-arg-escape-recursive-budget=-1.: value out of range; valid values are 0 to 65536" "" { target *-*-* } 0 } */
/* { dg-error "escape: .-fplugin-arg-escape-promote=-1.: value out of range; valid values are 0 to 1" "" { target *-*-* } 0 } */
/* { dg-error "escape: .-fplugin-arg-escape-stats=-1.: value out of range; valid values are 0 to 1" "" { target *-*-* } 0 } */
/* { dg-error "escape: .-fplugin-arg-escape-dump=-1.: value out of range; valid values are 0 to 1" "" { target *-*-* } 0 } */
/* { dg-error "failed to initialize plugin \[^ \]*escape\\.so" "" { target *-*-* } 0 } */

int *g;

void
f (int *p)
{
  g = p;
}
