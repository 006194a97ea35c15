// C++ input with promotion and statistics requested: nothing is moved and there is no summary line, only the location-less note that C++ is left alone; the object code is the same as without -m.
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-stats -fplugin-arg-escape-m" } */
/* { dg-message "escape: only C is analysed; GNU C\\+\\+17 input is left alone" "" { target *-*-* } 0 } */
/* { dg-bogus "allocation sites|moved to stack" "" { target *-*-* } 0 } */

#include <cstdlib>
#include <new>

int
scratch (int v)
{
  int *q = static_cast<int *> (std::malloc (16));
  if (!q)
    return 0;
  q[0] = v;
  int r = q[0];
  std::free (q);
  return r;
}

int
with_new (int v)
{
  int *q = new int (v);
  int r = *q;
  delete q;
  return r;
}

int
may_throw (int v)
{
  try
    {
      int *q = new int[4];
      q[0] = v;
      int r = q[0];
      delete[] q;
      return r;
    }
  catch (const std::bad_alloc &)
    {
      return -1;
    }
}

/* { dg-final { escape-same-code-without-m } } */
