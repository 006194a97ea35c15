/* Under -flto with -fplugin-arg-escape-guard, the summary of a function of
   another unit says whether every free in it checks the guard runtime's table:
   a block that function frees, or grows with realloc, moves to the stack at
   link time; a block another unit's function keeps stays on the heap.  The
   -aux unit's notes are not this test's subject.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-guard -fplugin-arg-escape-m -fno-ipa-sra -fno-ipa-cp" } */
/* { dg-additional-sources "lto-guard-aux.c" } */
/* { dg-escape-late } */
/* { dg-escape-gcc-min 12 "no pass after inlining under GCC 11 (plugin/gcc-compat.h)" } */
#include <stdlib.h>
#include <string.h>
#include "lto-guard.h"

static __attribute__ ((noinline)) int
freed_in_other_unit (int n)
{
  char *p = malloc (32);	/* { dg-message "moved to stack: malloc\\(32\\) \\(at link time\\)" } */
  /* { dg-message "malloc\\(32\\) escapes to heap" "" { target *-*-* } 18 } */
  memset (p, n, 32);
  int r = p[31];
  release (p);
  return r;
}

static __attribute__ ((noinline)) unsigned long
grown_in_other_unit (const char *s)	/* { dg-message "leaking param content: s" } */
{
  struct buf b = { malloc (8), 8 };	/* { dg-message "moved to stack: malloc\\(8\\) \\(at link time\\)" } */
  /* { dg-message "malloc\\(8\\) escapes to heap" "" { target *-*-* } 29 } */
  /* { dg-message "&b escapes to heap" "" { target *-*-* } 29 } */
  unsigned long n = strlen (s);
  grow (&b, n + 1);
  memcpy (b.data, s, n + 1);
  unsigned long r = strcmp (b.data, s) ? 0 : strlen (b.data);
  free (b.data);
  return r;
}

static __attribute__ ((noinline)) void
kept_in_other_unit (void)
{
  char *p = malloc (16);	/* { dg-message "malloc\\(16\\) escapes to heap" } */
  keep_it (p);
}

int
main (void)
{
  if (freed_in_other_unit (5) != 5)
    abort ();
  if (grown_in_other_unit ("longer than eight bytes") != 23)
    abort ();
  kept_in_other_unit ();
  strcpy (kept, "kept");
  free (kept);
  return 0;
}
