/* The allocator list given twice is an error: the second would silently replace the first.  */
/* { dg-options "-fplugin-arg-escape-allocator=xmalloc -fplugin-arg-escape-allocator=xzalloc:zalloc" } */
/* { dg-error "escape: .-fplugin-arg-escape-allocator. given more than once" "" { target *-*-* } 0 } */
/* { dg-error "failed to initialize plugin \[^ \]*escape\\.so" "" { target *-*-* } 0 } */

int *g;

void
f (int *p)
{
  g = p;
}
