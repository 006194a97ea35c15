/* Each kind of result has a stable id, which the text shows at the end of
   the note, as GCC shows a warning's option, unless
   -fno-diagnostics-show-option (the testsuite's default) is given: here it is
   not; the lines of an explanation have none.  Optimization remarks
   (gimple/remarks.cc): a site moved to the stack is "optimized", before
   inlining and after; a site that does not escape but stays on the heap is
   "missed", with the reason -m=2 gives; the optimization record has them
   too, the one moved after inlining with the chain of inlined calls that
   brought it.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m=2 -fdiagnostics-show-option -fopt-info-optimized-missed -fsave-optimization-record" } */
/* { dg-escape-late } */
/* { dg-escape-gcc-min 12 "no pass after inlining under GCC 11 (plugin/gcc-compat.h)" } */
#include <stdlib.h>

void *g;
struct s { void *p; };

static inline void *
xmalloc (size_t n)
{
  void *p = malloc (n);	/* { dg-message "malloc\\(n\\) escapes to heap \\\[escape-escapes-to-heap\\\]" } */
  if (!p)
    abort ();
  return p;
}

void
leak (void *p,	/* { dg-message "leaking param: p \\\[escape-leaking-param\\\]" } */
      struct s *q,	/* { dg-message "leaking param content: q \\\[escape-leaking-param\\\]" } */
      const char *r)	/* { dg-message "r does not escape \\\[escape-does-not-escape\\\]" } */
{
  g = p;
  g = q->p;
  (void) r[0];
}

void *
same (void *p)	/* { dg-message "leaking param: p to result ~r0 level=0 \\\[escape-leaking-param\\\]" } */
{
  return p;
}

int
local (void)
{
  int x = 1;	/* { dg-message "&x escapes to heap \\\[escape-escapes-to-heap\\\]" } */
  g = &x;
  char *a = malloc (32);	/* { dg-message "moved to stack: malloc\\(32\\) \\\[escape-moved-to-stack\\\]" } */
  a[0] = 1;
  int r = a[0];
  free (a);
  return r + x;
}

long
sum (long n)
{
  long *v = xmalloc (16);	/* { dg-message "moved to stack: malloc\\(16\\) \\(inlined from xmalloc at \\S*late-ids-remarks\\.c:22\\) \\\[escape-moved-to-stack\\\]" } */
  v[0] = n;
  long s = v[0];
  free (v);
  return s;
}

long
loop (int n)
{
  char *prev = 0, *prev_b = 0;
  long s = 0;
  for (int i = 0; i < n; i++)
    {
      char *p = xmalloc (16);	/* { dg-message "not moved to stack: malloc\\(16\\) \\(inlined from xmalloc at \\S*late-ids-remarks\\.c:22\\): live across loop iterations \\\[escape-not-moved\\\]" } */
      char *b = malloc (8);	/* { dg-message "malloc\\(8\\) does not escape \\\[escape-does-not-escape\\\]" } */
      p[0] = b[0] = i;
      if (prev)
	{
	  s += prev[0] + prev_b[0];
	  free (prev);
	  free (prev_b);
	}
      prev = p;
      prev_b = b;
    }
  free (prev);
  free (prev_b);
  return s;
}

/* The other lines of the notes and remarks above.  */
/* { dg-message "  flow: p = &malloc\\(n\\):" "" { target *-*-* } 22 } */
/* { dg-message "    from p = malloc\\(n\\) \\(call result\\) at \\S*late-ids-remarks\\.c:22:13" "" { target *-*-* } 22 } */
/* { dg-message "  flow: ~r0 = p:" "" { target *-*-* } 22 } */
/* { dg-message "    from return p \\(return\\) at \\S*late-ids-remarks\\.c:25:10" "" { target *-*-* } 22 } */
/* { dg-optimized "moved to stack: malloc\\(16\\) \\(inlined from xmalloc at \\S*late-ids-remarks\\.c:22\\)" "" { target *-*-* } 22 } */
/* { dg-missed "malloc\\(16\\) \\(inlined from xmalloc at \\S*late-ids-remarks\\.c:22\\) does not escape, not moved to stack: live across loop iterations" "" { target *-*-* } 22 } */
/* { dg-message "  flow: \\{heap\\} = p:" "" { target *-*-* } 29 } */
/* { dg-message "    from g = p \\(assign\\) at \\S*late-ids-remarks\\.c:33:5" "" { target *-*-* } 29 } */
/* { dg-message "  flow: \\{heap\\} = q->p:" "" { target *-*-* } 30 } */
/* { dg-message "    from q->p \\(load\\) at \\S*late-ids-remarks\\.c:34:8" "" { target *-*-* } 30 } */
/* { dg-message "    from g = q->p \\(assign\\) at \\S*late-ids-remarks\\.c:34:5" "" { target *-*-* } 30 } */
/* { dg-message "  flow: ~r0 = p:" "" { target *-*-* } 39 } */
/* { dg-message "    from return p \\(return\\) at \\S*late-ids-remarks\\.c:41:10" "" { target *-*-* } 39 } */
/* { dg-message "  flow: \\{heap\\} = &x:" "" { target *-*-* } 47 } */
/* { dg-message "    from g = &x \\(address-of\\) at \\S*late-ids-remarks\\.c:48:5" "" { target *-*-* } 47 } */
/* { dg-optimized "moved to stack: malloc\\(32\\)" "" { target *-*-* } 49 } */
/* { dg-message "  not moved to stack: live across loop iterations" "" { target *-*-* } 74 } */
/* { dg-missed "malloc\\(8\\) does not escape, not moved to stack: live across loop iterations" "" { target *-*-* } 74 } */
/* { dg-final { escape-opt-record { { success 49 local local "moved to stack: malloc\\(32\\)" } { failure 74 loop loop "malloc\\(8\\) does not escape, not moved to stack: live across loop iterations" } { success 22 sum { xmalloc sum } "moved to stack: malloc\\(16\\) \\(inlined from xmalloc at \\S*late-ids-remarks\\.c:22\\)" } { failure 22 loop { xmalloc loop } "malloc\\(16\\) \\(inlined from xmalloc at \\S*late-ids-remarks\\.c:22\\) does not escape, not moved to stack: live across loop iterations" } } } } */
