/* -fplugin-arg-escape-guard turns the program's frees into the guard
   runtime's; the heap lifetime profile counts the frees the program makes:
   asking for both is an error, and the plugin refuses to load.  */
/* { dg-options "-fplugin-arg-escape-guard -fplugin-arg-escape-profile" } */
/* { dg-error "escape: .-fplugin-arg-escape-guard. and .-fplugin-arg-escape-profile. cannot be combined: the profile counts the frees of the program as it is written" "" { target *-*-* } 0 } */
/* { dg-error "failed to initialize plugin \[^ \]*escape\\.so" "" { target *-*-* } 0 } */

int *g;

void
f (int *p)
{
  g = p;
}
