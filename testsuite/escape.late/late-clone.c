/* After inlining, without -flto: blocks from an inlined allocator wrapper are
   handed to functions that IPA has cloned, because they are called with
   constants (.constprop) or given a struct by address (.isra: the struct's
   fields instead).  A clone has the summary of its original through its changed
   parameters, so a block it only reads moves to the stack, and a block a clone
   keeps stays on the heap, also where the clone dropped a parameter before it
   (keep_second: its kept block is now its first parameter).  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m" } */
/* { dg-escape-late } */
/* { dg-escape-gcc-min 12 "no pass after inlining under GCC 11 (plugin/gcc-compat.h)" } */
#include <stdlib.h>
#include <string.h>

struct holder
{
  int *ptr;
  int tag;
};

static inline __attribute__ ((always_inline)) int *
new_ints (int n)
{
  int *p = malloc (n * sizeof (int));	/* { dg-message "malloc\\(\\.\\.\\.\\) escapes to heap" } */
  if (!p)
    abort ();
  return p;
}

static long calls;
static int *kept;

static __attribute__ ((noinline)) long
logged_sum (const int *p, int n)	/* { dg-message "p does not escape" } */
{
  long s = 0;
  calls++;
  for (int i = 0; i < n; i++)
    s += p[i];
  return s;
}

static __attribute__ ((noinline)) void
keep_second (int *unused, int *p)	/* { dg-message "unused does not escape" } */
{
  /* { dg-message "leaking param: p" "" { target *-*-* } 44 } */
  calls++;
  kept = p;
}

static __attribute__ ((noinline)) void
keep_holder (const struct holder *h)	/* { dg-message "leaking param content: h" } */
{
  calls++;
  kept = h->ptr;
}

int
main (void)
{
  int *p = new_ints (16);	/* { dg-message "moved to stack: malloc\\(64\\) \\(inlined from new_ints at \\S*late-clone\\.c:24\\)" } */
  for (int i = 0; i < 16; i++)
    p[i] = i;
  long s = logged_sum (p, 16);
  free (p);
  int *unused = new_ints (4);	/* { dg-message "moved to stack: malloc\\(16\\) \\(inlined from new_ints at \\S*late-clone\\.c:24\\)" } */
  int *q = new_ints (4);	/* { dg-bogus "moved to stack" } */
  unused[0] = 0;
  q[0] = 7;
  keep_second (unused, q);
  free (unused);
  int *r = new_ints (4);	/* { dg-bogus "moved to stack" } */
  r[0] = 8;
  struct holder h = { r, 3 };
  keep_holder (&h);
  if (s != 120 || kept != r || *q != 7 || *r != 8 || calls != 3)
    abort ();
  free (q);
  free (r);
  return 0;
}
