/* The allocator list has no default: the bare key is an error.  */
/* { dg-options "-fplugin-arg-escape-allocator" } */
/* { dg-error "escape: .-fplugin-arg-escape-allocator. needs a value: .-fplugin-arg-escape-allocator=NAME\\\[:KIND\\\],\\.\\.\\.." "" { target *-*-* } 0 } */
/* { dg-error "failed to initialize plugin \[^ \]*escape\\.so" "" { target *-*-* } 0 } */

int *g;

void
f (int *p)
{
  g = p;
}
