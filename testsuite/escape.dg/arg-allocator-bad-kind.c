/* An allocator kind that is not one of the list is an error naming the entry and the kinds, and the plugin refuses to load.  */
/* { dg-options "-fplugin-arg-escape-allocator=xmalloc,xrealloc:realloc" } */
/* { dg-error "escape: .-fplugin-arg-escape-allocator=xmalloc,xrealloc:realloc.: .xrealloc:realloc. is not NAME or NAME:KIND with KIND one of malloc, zalloc, calloc, strdup, strndup" "" { target *-*-* } 0 } */
/* { dg-error "failed to initialize plugin \[^ \]*escape\\.so" "" { target *-*-* } 0 } */

int *g;

void
f (int *p)
{
  g = p;
}
