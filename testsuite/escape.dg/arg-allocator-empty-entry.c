/* An empty entry in the list is an error.  */
/* { dg-options "-fplugin-arg-escape-allocator=xmalloc,,xzalloc" } */
/* { dg-error "escape: .-fplugin-arg-escape-allocator=xmalloc,,xzalloc.: .. is not NAME or NAME:KIND with KIND one of malloc, zalloc, calloc, strdup, strndup" "" { target *-*-* } 0 } */
/* { dg-error "failed to initialize plugin \[^ \]*escape\\.so" "" { target *-*-* } 0 } */

int *g;

void
f (int *p)
{
  g = p;
}
