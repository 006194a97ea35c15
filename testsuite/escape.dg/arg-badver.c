/* A plugin built for another GCC version refuses to load and says which versions differ.  */
/* { dg-escape-plugin badver } */
/* No -fplugin-arg-escape-* option: that would name the plugin "escape", and
   this copy is named "escape-badver".  */
/* { dg-error "escape: plugin .\[^ \]*escape-badver\\.so. was built for GCC 11\\.4\\.0 \\(\[0-9\]+\\) but is loaded into GCC \[0-9\]+\\.\[0-9\]+\\.\[0-9\]+ \\(\[0-9\]+\\); rebuild the plugin with this compiler" "" { target *-*-* } 0 } */
/* { dg-error "failed to initialize plugin \[^ \]*escape-badver\\.so" "" { target *-*-* } 0 } */

int *g;

void
f (int *p)
{
  g = p;
}
