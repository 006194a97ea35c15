/* Optimization remarks (gimple/remarks.cc): a site moved to the stack is
   "optimized", before inlining and after; a site that does not escape but
   stays on the heap is "missed", with the reason -m=2 gives.  The
   optimization record has them too, the one moved after inlining with the
   chain of inlined calls that brought it.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-promote -fopt-info-optimized-missed -fsave-optimization-record" } */
/* { dg-escape-gcc-min 12 "no pass after inlining under GCC 11 (plugin/gcc-compat.h)" } */
#include <stdlib.h>

static inline void *
xmalloc (size_t n)
{
  void *p = malloc (n);	/* { dg-optimized "moved to stack: malloc\\(16\\) \\(inlined from xmalloc at \\S*late-remarks\\.c:14\\)" } */
  /* { dg-missed "malloc\\(16\\) \\(inlined from xmalloc at \\S*late-remarks\\.c:14\\) does not escape, not moved to stack: live across loop iterations" "" { target *-*-* } 14 } */
  if (!p)
    abort ();
  return p;
}

int
moved (void)
{
  char *p = malloc (32);	/* { dg-optimized "moved to stack: malloc\\(32\\)" } */
  p[0] = 1;
  int r = p[0];
  free (p);
  return r;
}

long
sum (long n)
{
  long *v = xmalloc (16);
  v[0] = n;
  v[1] = n;
  long s = v[0] + v[1];
  free (v);
  return s;
}

long
loop (int n)
{
  char *prev = 0;
  long s = 0;
  for (int i = 0; i < n; i++)
    {
      char *p = xmalloc (16);
      p[0] = i;
      if (prev)
	{
	  s += prev[0];
	  free (prev);
	}
      prev = p;
    }
  free (prev);
  return s;
}

long
first_loop (int n)
{
  char *prev = 0;
  long s = 0;
  for (int i = 0; i < n; i++)
    {
      char *p = malloc (8);	/* { dg-missed "malloc\\(8\\) does not escape, not moved to stack: live across loop iterations" } */
      p[0] = i;
      if (prev)
	{
	  s += prev[0];
	  free (prev);
	}
      prev = p;
    }
  free (prev);
  return s;
}

/* { dg-final { escape-opt-record { { success 24 moved moved "moved to stack: malloc\\(32\\)" } { failure 69 first_loop first_loop "malloc\\(8\\) does not escape, not moved to stack: live across loop iterations" } { success 14 sum { xmalloc sum } "moved to stack: malloc\\(16\\) \\(inlined from xmalloc at \\S*late-remarks\\.c:14\\)" } { failure 14 loop { xmalloc loop } "malloc\\(16\\) \\(inlined from xmalloc at \\S*late-remarks\\.c:14\\) does not escape, not moved to stack: live across loop iterations" } } } } */
