/* Under -flto, where a function of another unit stores its arguments travels
   with its summary: a block it stores into the caller's local struct moves to
   the stack at link time; the block a callee stores and keeps stays on the
   heap.  IPA-SRA and IPA-CP are off: they would change the parameters, and the
   summaries of clones (which fold stores into leaks) would not be this test's
   subject.  The -aux unit's notes are not this test's subject either.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m -fno-ipa-sra -fno-ipa-cp" } */
/* { dg-additional-sources "lto-param-stores-aux.c" } */
/* { dg-escape-late } */
/* { dg-escape-gcc-min 12 "no pass after inlining under GCC 11 (plugin/gcc-compat.h)" } */
#include <stdlib.h>
#include "lto-param-stores.h"

static __attribute__ ((noinline)) long
stored (void)
{
  struct ctx c;	/* { dg-message "&c escapes to heap" } */
  int *states = malloc (8 * sizeof (int));	/* { dg-message "moved to stack: malloc\\(32\\) \\(at link time\\)" } */
  /* { dg-message "malloc\\(32\\) escapes to heap" "" { target *-*-* } 19 } */
  for (int i = 0; i < 8; i++)
    states[i] = i;
  init (&c, states, 8);
  long r = sum (&c);
  free (states);
  return r;
}

static __attribute__ ((noinline)) long
stored_and_kept (void)
{
  struct ctx c;	/* { dg-message "&c escapes to heap" } */
  int *states = malloc (8 * sizeof (int));	/* { dg-bogus "moved to stack" } */
  /* { dg-message "malloc\\(32\\) escapes to heap" "" { target *-*-* } 33 } */
  for (int i = 0; i < 8; i++)
    states[i] = 2 * i;
  init_and_keep (&c, states);
  c.n = 8;
  return sum (&c);
}

int
main (void)
{
  if (stored () != 28 || stored_and_kept () != 56 || kept[7] != 14 || calls != 4)
    abort ();
  free (kept);
  return 0;
}
