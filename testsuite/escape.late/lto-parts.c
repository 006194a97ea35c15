/* Under -flto, the parts of a struct that a function of another unit reads as
   an int travel with its summary: a block whose pointer is in the struct's
   other field moves to the stack at link time; a block whose pointer's bytes
   the callee reads stays on the heap.  IPA-SRA is off: it would pass the int
   field itself, and the summary of its clone would not be this test's subject.
   The -aux unit's notes are not this test's subject either.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m -fno-ipa-sra" } */
/* { dg-additional-sources "lto-parts-aux.c" } */
/* { dg-escape-late } */
/* { dg-escape-gcc-min 12 "no pass after inlining under GCC 11 (plugin/gcc-compat.h)" } */
#include <stdlib.h>
#include <string.h>
#include "lto-parts.h"

static __attribute__ ((noinline)) int
read_tag (int k)
{
  char *p = malloc (16);	/* { dg-message "moved to stack: malloc\\(16\\) \\(at link time\\)" } */
  /* { dg-message "malloc\\(16\\) escapes to heap" "" { target *-*-* } 19 } */
  strcpy (p, "tag");
  struct holder h = { p, k };	/* { dg-message "&h escapes to heap" } */
  int r = tag_of (&h) + p[0];
  free (p);
  return r;
}

static __attribute__ ((noinline)) int
read_pointer_bytes (int k)
{
  char *p = malloc (16);	/* { dg-bogus "moved to stack" } */
  /* { dg-message "malloc\\(16\\) escapes to heap" "" { target *-*-* } 31 } */
  p[0] = (char) k;
  struct holder h = { p, k };	/* { dg-message "&h escapes to heap" } */
  int r = first_word (&h) == (int) (long) p;
  free (p);
  return r;
}

int
main (void)
{
  if (read_tag (4) != 4 + 't' || !read_pointer_bytes (5) || calls != 2)
    abort ();
  return 0;
}
