/* Keys are case-sensitive and spelled with '-': -fplugin-arg-escape-M and -fplugin-arg-escape-max_size are unknown.  */
/* { dg-options "-fplugin-arg-escape-M -fplugin-arg-escape-max_size=16" } */
/* { dg-error "escape: unknown argument .-fplugin-arg-escape-M." "" { target *-*-* } 0 } */
/* { dg-error "escape: unknown argument .-fplugin-arg-escape-max_size." "" { target *-*-* } 0 } */
/* { dg-message "escape: valid argument -fplugin-arg-escape-\[a-z-\]+=\[0-9\]+\\.\\.\[0-9\]+: \[^\n\]+" "" { target *-*-* } 0 } */
/* { dg-message "escape: valid argument -fplugin-arg-escape-allocator=NAME\\\[:KIND\\\],\\.\\.\\.: functions that behave as the C library's malloc \\(or KIND: zalloc, calloc, strdup, strndup\\) and do nothing else" "" { target *-*-* } 0 } */
/* { dg-error "failed to initialize plugin \[^ \]*escape\\.so" "" { target *-*-* } 0 } */

int *g;

void
f (int *p)
{
  g = p;
}
