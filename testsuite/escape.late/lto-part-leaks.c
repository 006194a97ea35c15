/* Under -flto, the fields of a struct whose values a function of another unit
   returns or keeps travel with its summary: a block whose pointer is in another
   field moves to the stack at link time; the block the callee keeps stays on
   the heap.  IPA-SRA is off: it would pass the field itself, and the summary of
   its clone would not be this test's subject.  The -aux unit's notes are not
   this test's subject either.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m -fno-ipa-sra" } */
/* { dg-additional-sources "lto-part-leaks-aux.c" } */
/* { dg-escape-late } */
/* { dg-escape-gcc-min 12 "no pass after inlining under GCC 11 (plugin/gcc-compat.h)" } */
#include <stdlib.h>
#include <string.h>
#include "lto-part-leaks.h"

static __attribute__ ((noinline)) int
returned (void)
{
  struct buf b;	/* { dg-message "&b escapes to heap" } */
  b.data = malloc (16);	/* { dg-message "malloc\\(16\\) escapes to heap" } */
  b.scratch = malloc (32);	/* { dg-message "moved to stack: malloc\\(32\\) \\(at link time\\)" } */
  /* { dg-message "malloc\\(32\\) escapes to heap" "" { target *-*-* } 21 } */
  strcpy (b.data, "data");
  strcpy (b.scratch, "scratch");
  char *d = data_of (&b);
  int r = d[0] + b.scratch[1];
  free (b.scratch);
  free (b.data);
  return r;
}

static __attribute__ ((noinline)) int
kept_by_callee (void)
{
  struct buf b;	/* { dg-message "&b escapes to heap" } */
  b.data = malloc (16);	/* { dg-bogus "moved to stack" } */
  /* { dg-message "malloc\\(16\\) escapes to heap" "" { target *-*-* } 36 } */
  b.scratch = malloc (32);	/* { dg-message "moved to stack: malloc\\(32\\) \\(at link time\\)" } */
  /* { dg-message "malloc\\(32\\) escapes to heap" "" { target *-*-* } 38 } */
  strcpy (b.data, "data");
  strcpy (b.scratch, "scratch");
  keep_data (&b);
  int r = kept[1] + b.scratch[2];
  free (b.scratch);
  return r;
}

int
main (void)
{
  if (returned () != 'd' + 'c' || kept_by_callee () != 'a' + 'r' || calls != 2)
    abort ();
  free (kept);
  return 0;
}
