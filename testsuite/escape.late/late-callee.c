/* After inlining: a block of the function itself, freed by a callee that the
   inliner brings in, moves to the stack ("after inlining"); freed by a callee that
   stays a call, it stays on the heap (the summary says the callee frees it); in a
   recursive function, an inlined wrapper's block stays (recursive budget 0).  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m=2" } */
/* { dg-escape-late } */
/* { dg-escape-gcc-min 12 "no pass after inlining under GCC 11 (plugin/gcc-compat.h)" } */
#include <stdlib.h>

static void
release (int *p)	/* { dg-message "p does not escape" } */
{
  free (p);
}

__attribute__ ((noinline)) static void
release_call (int *p)	/* { dg-message "p does not escape" } */
{
  free (p);
}

__attribute__ ((noinline)) static int
sum4 (const int *p)	/* { dg-message "p does not escape" } */
{
  return p[0] + p[1] + p[2] + p[3];
}

static inline int *
new_int (int v)
{
  int *p = malloc (sizeof *p);	/* { dg-message "malloc\\(4\\) escapes to heap" } */
  /* { dg-message "  flow: p = &malloc\\(4\\):" "" { target *-*-* } 32 } */
  /* { dg-message "    from p = malloc\\(4\\) \\(call result\\) at \\S*late-callee\\.c:32:12" "" { target *-*-* } 32 } */
  /* { dg-message "  flow: ~r0 = p:" "" { target *-*-* } 32 } */
  /* { dg-message "    from return p \\(return\\) at \\S*late-callee\\.c:40:10" "" { target *-*-* } 32 } */
  if (!p)
    abort ();
  *p = v;
  return p;
}

int
inlined_free (int v)
{
  int *p = malloc (4 * sizeof *p);	/* { dg-message "malloc\\(16\\) does not escape" } */
  /* { dg-message "  not moved to stack: freed in callee release" "" { target *-*-* } 46 } */
  /* { dg-message "moved to stack: malloc\\(16\\) \\(after inlining\\)" "" { target *-*-* } 46 } */
  for (int i = 0; i < 4; i++)
    p[i] = v + i;
  int r = sum4 (p);
  release (p);
  return r;
}

int
called_free (int v)
{
  int *p = malloc (4 * sizeof *p);	/* { dg-message "malloc\\(16\\) does not escape" } */
  /* { dg-message "  not moved to stack: freed in callee release_call" "" { target *-*-* } 59 } */
  p[0] = v;
  int r = p[0];
  release_call (p);
  return r;
}

int
depth (int n)
{
  int *p = new_int (n);	/* { dg-message "not moved to stack: malloc\\(4\\) \\(inlined from new_int at \\S*late-callee\\.c:32\\): recursive frame budget exhausted \\(0 \\+ 16 > 0\\)" } */
  int r = n > 0 ? *p + depth (n - 1) : 0;
  free (p);
  return r;
}

int
main (void)
{
  if (inlined_free (2) != 14 || called_free (3) != 3 || depth (100) != 5050)
    abort ();
  return 0;
}
