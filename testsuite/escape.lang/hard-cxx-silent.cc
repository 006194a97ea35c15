// C++ input with the plugin loaded but no analysis requested (no -m, promote, stats or dump): not even the "left alone" note.
/* { dg-bogus "escape" "" { target *-*-* } 0 } */

#include <cstdlib>

int *g;

void
store (int *p)
{
  g = p;
}
