/* An unknown plugin argument is an error that names it; a note lists the valid keys.  */
/* { dg-options "-fplugin-arg-escape-bogus" } */
/* { dg-error "escape: unknown argument .-fplugin-arg-escape-bogus." "" { target *-*-* } 0 } */
/* { dg-message "escape: valid argument -fplugin-arg-escape-m=0\\.\\.2: report escapes; =2 also explains them" "" { target *-*-* } 0 } */
/* The other keys, whatever they are, are listed the same way.  */
/* { dg-message "escape: valid argument -fplugin-arg-escape-\[a-z-\]+=\[0-9\]+\\.\\.\[0-9\]+: \[^\n\]+" "" { target *-*-* } 0 } */
/* { dg-message "escape: valid argument -fplugin-arg-escape-allocator=NAME\\\[:KIND\\\],\\.\\.\\.: functions that behave as the C library's malloc \\(or KIND: zalloc, calloc, strdup, strndup\\) and do nothing else" "" { target *-*-* } 0 } */
/* { dg-error "failed to initialize plugin \[^ \]*escape\\.so" "" { target *-*-* } 0 } */

int *g;

void
f (int *p)
{
  g = p;
}
