/* -fstack-protector-strong: a promoted block of variable size is a run-time stack
   allocation, guarded like a variable-length array.  An overflow far past it reaches
   the canary and the program stops with "stack smashing detected" where the heap
   build's glibc checks abort on the corrupted heap.  */
/* escape-hard-levels: -O1 -O2 (at -O0 the frame's own variables lie between a run-time stack allocation and the canary, as for a variable-length array: the overflow overwrites them first and the program crashes on one before it returns) */
/* { dg-options "-fstack-protector-strong -U_FORTIFY_SOURCE -fplugin-arg-escape-promote -fplugin-arg-escape-m" } */
/* { dg-final { escape-both-detect "" "malloc\\(\\)|free\\(\\)" "stack smashing detected" } } */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* How far past the block the program writes.  */
static size_t overflow;

__attribute__ ((noipa)) static int
fill (size_t n)
{
  char *p = malloc (n);		/* { dg-message "moved to stack: malloc\\(n\\)" } */
  if (!p)
    return -1;
  int r = *(char *) memset (p, 'A', n + overflow);
  free (p);
  return r;
}

int
main (int argc, char **argv)	/* { dg-message "argv does not escape" } */
{
  if (argc != 2)
    return 2;
  overflow = strcmp (argv[1], "bad") ? 0 : 256;
  int r = fill (40);
  /* The heap build finds the corruption on the next allocation.  */
  free (malloc (100000));	/* { dg-message "malloc\\(100000\\) does not escape" } */
  printf ("%d\n", r);
  return 0;
}
