/* A function name that is not a C identifier is an error.  */
/* { dg-options "-fplugin-arg-escape-allocator=1xmalloc" } */
/* { dg-error "escape: .-fplugin-arg-escape-allocator=1xmalloc.: .1xmalloc. is not NAME or NAME:KIND with KIND one of malloc, zalloc, calloc, strdup, strndup" "" { target *-*-* } 0 } */
/* { dg-error "failed to initialize plugin \[^ \]*escape\\.so" "" { target *-*-* } 0 } */

int *g;

void
f (int *p)
{
  g = p;
}
