/* Under -flto, a block handed to a function of another unit that the inliner
   leaves a call moves to the stack where that function's summary, made in its
   own unit and streamed with it, says the block stays in the frame: the callee
   only reads it.  The unsafe neighbours stay on the heap: the callee keeps the
   block in a global, frees it, or keeps the pointer field of a struct it is
   given.  Every callee here is called once, so IPA makes clones of them
   (.constprop, and .isra where a struct given by address is passed as its
   fields); each clone's summary follows its changed parameters: keep_second
   loses its unused first parameter, so its kept block is now its first.  The
   -aux unit's notes are not this test's subject.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m" } */
/* { dg-additional-sources "lto-summary-aux.c" } */
/* { dg-escape-late } */
/* { dg-escape-gcc-min 12 "no pass after inlining under GCC 11 (plugin/gcc-compat.h)" } */
#include <stdlib.h>
#include <string.h>
#include "lto-summary.h"

static __attribute__ ((noinline)) long
read_only (int k)
{
  int *p = malloc (16 * sizeof (int));	/* { dg-message "moved to stack: malloc\\(64\\) \\(at link time\\)" } */
  /* { dg-message "malloc\\(64\\) escapes to heap" "" { target *-*-* } 23 } */
  for (int i = 0; i < 16; i++)
    p[i] = i * k;
  long s = logged_sum (p, 16);
  free (p);
  return s;
}

static __attribute__ ((noinline)) int
read_through_holder (int k)
{
  int *p = malloc (4 * sizeof (int));	/* { dg-bogus "moved to stack: malloc\\(16\\) \\(at link time\\)" } */
  /* { dg-message "malloc\\(16\\) escapes to heap" "" { target *-*-* } 35 } */
  p[0] = k;
  struct holder h = { p, 3 };	/* { dg-message "&h escapes to heap" } */
  int r = read_holder (&h);
  free (p);
  return r;
}

static __attribute__ ((noinline)) void
kept_block (int k)
{
  int *p = malloc (4 * sizeof (int));	/* { dg-bogus "moved to stack" } */
  /* { dg-message "malloc\\(16\\) escapes to heap" "" { target *-*-* } 47 } */
  p[0] = k;
  keep (p);
}

static __attribute__ ((noinline)) void
freed_block (int k)
{
  int *p = malloc (4 * sizeof (int));	/* { dg-bogus "moved to stack" } */
  /* { dg-message "malloc\\(16\\) escapes to heap" "" { target *-*-* } 56 } */
  p[0] = k;
  release (p);
}

static __attribute__ ((noinline)) void
kept_second (int k)
{
  int *unused = malloc (4 * sizeof (int));	/* { dg-message "moved to stack: malloc\\(16\\) \\(at link time\\)" } */
  /* { dg-message "malloc\\(16\\) escapes to heap" "" { target *-*-* } 65 } */
  int *p = malloc (4 * sizeof (int));	/* { dg-bogus "moved to stack" } */
  /* { dg-message "malloc\\(16\\) escapes to heap" "" { target *-*-* } 67 } */
  unused[0] = 0;
  p[0] = k;
  keep_second (unused, p);
  free (unused);
}

static __attribute__ ((noinline)) void
kept_through_holder (int k)
{
  int *p = malloc (4 * sizeof (int));	/* { dg-bogus "moved to stack" } */
  /* { dg-message "malloc\\(16\\) escapes to heap" "" { target *-*-* } 78 } */
  p[0] = k;
  struct holder h = { p, 3 };	/* { dg-message "&h escapes to heap" } */
  keep_holder (&h);
}

/* Overwrite the stack where the frame of a function that returned lay.  */
static __attribute__ ((noinline)) void
clobber (void)
{
  volatile char junk[4096];
  memset ((char *) junk, 0x5a, sizeof junk);
}

static void
check_kept (int k)
{
  clobber ();
  if (kept[0] != k)
    abort ();
  free (kept);
}

int
main (void)
{
  if (read_only (2) != 240 || read_through_holder (4) != 7)
    abort ();
  kept_block (5);
  check_kept (5);
  freed_block (6);
  kept_second (7);
  check_kept (7);
  kept_through_holder (8);
  check_kept (8);
  return calls == 6 ? 0 : 1;
}
