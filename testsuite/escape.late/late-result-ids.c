/* Each kind of result has a stable id, which the text shows at the end of the
   note, as GCC shows a warning's option, unless -fno-diagnostics-show-option
   (the testsuite's default) is given: here it is not.  The lines of an
   explanation have none.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m=2 -fdiagnostics-show-option" } */
/* { dg-escape-late } */
/* { dg-escape-gcc-min 12 "no pass after inlining under GCC 11 (plugin/gcc-compat.h)" } */
#include <stdlib.h>

void *g;
struct s { void *p; };

static inline void *
xmalloc (size_t n)
{
  void *p = malloc (n);	/* { dg-message "malloc\\(n\\) escapes to heap \\\[escape-escapes-to-heap\\\]" } */
  /* { dg-message "  flow: p = &malloc\\(n\\):" "" { target *-*-* } 17 } */
  /* { dg-message "    from p = malloc\\(n\\) \\(call result\\) at \\S+:17:13" "" { target *-*-* } 17 } */
  /* { dg-message "  flow: ~r0 = p:" "" { target *-*-* } 17 } */
  /* { dg-message "    from return p \\(return\\) at \\S+:24:10" "" { target *-*-* } 17 } */
  if (!p)
    abort ();
  return p;
}

void
leak (void *p,	/* { dg-message "leaking param: p \\\[escape-leaking-param\\\]" } */
      /* { dg-message "  flow: \\{heap\\} = p:" "" { target *-*-* } 28 } */
      /* { dg-message "    from g = p \\(assign\\) at \\S+:37:5" "" { target *-*-* } 28 } */
      struct s *q,	/* { dg-message "leaking param content: q \\\[escape-leaking-param\\\]" } */
      /* { dg-message "  flow: \\{heap\\} = q->p:" "" { target *-*-* } 31 } */
      /* { dg-message "    from q->p \\(load\\) at \\S+:38:8" "" { target *-*-* } 31 } */
      /* { dg-message "    from g = q->p \\(assign\\) at \\S+:38:5" "" { target *-*-* } 31 } */
      const char *r)	/* { dg-message "r does not escape \\\[escape-does-not-escape\\\]" } */
{
  g = p;
  g = q->p;
  (void) r[0];
}

void *
same (void *p)	/* { dg-message "leaking param: p to result ~r0 level=0 \\\[escape-leaking-param\\\]" } */
  /* { dg-message "  flow: ~r0 = p:" "" { target *-*-* } 43 } */
  /* { dg-message "    from return p \\(return\\) at \\S+:47:10" "" { target *-*-* } 43 } */
{
  return p;
}

int
local (void)
{
  int x = 1;	/* { dg-message "&x escapes to heap \\\[escape-escapes-to-heap\\\]" } */
  /* { dg-message "  flow: \\{heap\\} = &x:" "" { target *-*-* } 53 } */
  /* { dg-message "    from g = &x \\(address-of\\) at \\S+:56:5" "" { target *-*-* } 53 } */
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
  long *v = xmalloc (16);	/* { dg-message "moved to stack: malloc\\(16\\) \\(inlined from xmalloc at \\S+:17\\) \\\[escape-moved-to-stack\\\]" } */
  v[0] = n;
  long s = v[0];
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
      char *p = xmalloc (16);	/* { dg-message "not moved to stack: malloc\\(16\\) \\(inlined from xmalloc at \\S+:17\\): live across loop iterations \\\[escape-not-moved\\\]" } */
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
      char *p = malloc (8);	/* { dg-message "malloc\\(8\\) does not escape \\\[escape-does-not-escape\\\]" } */
      /* { dg-message "  not moved to stack: live across loop iterations" "" { target *-*-* } 101 } */
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
