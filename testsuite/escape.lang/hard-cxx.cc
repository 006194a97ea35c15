// C++ input: the plugin does not analyse it; with -m it says so once, in a note without a location, and prints nothing else (no note for any parameter or allocation).
/* { dg-options "-fplugin-arg-escape-m=2" } */
/* { dg-message "escape: only C is analysed; GNU C\\+\\+17 input is left alone" "" { target *-*-* } 0 } */

#include <cstdlib>

int *g;

void
store (int *p)			/* { dg-bogus "leaking|escape" } */
{
  g = p;
}

int
scratch (int v)
{
  int *q = static_cast<int *> (std::malloc (sizeof (int)));	/* { dg-bogus "malloc|stack" } */
  *q = v;
  int r = *q;
  std::free (q);
  return r;
}

struct holder
{
  int *m;
  void set (int *x) { m = x; }	/* { dg-bogus "leaking|escape" } */
  int get () const { return *m; }
};

template <typename T>
T *
ident (T *x)			/* { dg-bogus "leaking|escape" } */
{
  return x;
}

int
use (int *z)			/* { dg-bogus "leaking|escape" } */
{
  holder h;
  h.set (ident (z));
  return h.get ();
}
