/* The version-mismatch error suggests the commands that rebuild and reinstall the plugin, configure naming the compiler driver (here gcc), not cc1, which cannot build anything.  */
/* { dg-escape-plugin badver } */
/* { dg-error "was built for GCC 11\\.4\\.0 \[^\n\]*; rebuild the plugin with this compiler \\(\\./configure CC=\[^ \]*gcc\[^ \]* && make && make install\\)" "" { target *-*-* } 0 } */
/* { dg-error "failed to initialize plugin \[^ \]*escape-badver\\.so" "" { target *-*-* } 0 } */

int *g;

void
f (int *p)
{
  g = p;
}
