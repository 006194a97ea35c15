/* -fstack-protector-strong: a promoted block of constant size is a local array and is
   guarded like one.  An overflow far past it reaches the canary and the program stops
   with "stack smashing detected" where the heap build's glibc checks abort on the
   corrupted heap.  (hard-protector-variable.c: a variable size.)  */
/* { dg-options "-fstack-protector-strong -U_FORTIFY_SOURCE -fplugin-arg-escape-promote -fplugin-arg-escape-m" } */
/* { dg-final { escape-both-detect "" "malloc\\(\\)|free\\(\\)" "stack smashing detected" } } */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* How far past the block the program writes.  */
static size_t overflow;

__attribute__ ((noipa)) static int
fill (void)
{
  char *p = malloc (40);	/* { dg-message "moved to stack: malloc\\(40\\)" } */
  if (!p)
    return -1;
  int r = *(char *) memset (p, 'A', 40 + overflow);
  free (p);
  return r;
}

int
main (int argc, char **argv)	/* { dg-message "argv does not escape" } */
{
  if (argc != 2)
    return 2;
  overflow = strcmp (argv[1], "bad") ? 0 : 256;
  int r = fill ();
  /* The heap build finds the corruption on the next allocation.  */
  free (malloc (100000));	/* { dg-message "malloc\\(100000\\) does not escape" } */
  printf ("%d\n", r);
  return 0;
}
