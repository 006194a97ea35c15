/* Bounds warnings see a promoted block's size: a constant overflow draws
   -Wstringop-overflow at -O0 and -Warray-bounds at -O2 (naming the object), as the heap
   build draws -Wstringop-overflow, and GCC's note names the object.  An
   uninitialized read of the object, which GCC does not report for a heap block, draws
   nothing.  */
/* { dg-options "-Wall -fplugin-arg-escape-promote -fplugin-arg-escape-m" } */
/* { dg-escape-gcc-min 12 "GCC 11 cannot suppress one kind of warning: a promoted object suppresses all, bounds warnings included" } */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void
show (void)
{
  char *p = malloc (4);		/* { dg-message "moved to stack: malloc\\(4\\)" } */
  /* { dg-message "destination object 'escape_stack\[^'\]*' of size 4|'escape_stack\[^'\]*' declared here" "" { target *-*-* } 15 } */
  if (!p)
    return;
  strcpy (p, "0123456789");	/* { dg-warning "writing 11 bytes into a region of size 4|forming offset \\\[4, 10\\\] is out of the bounds \\\[0, 4\\\] of object 'escape_stack\[^'\]*' with type 'char\\\[4\\\]'" } */
  puts (p);
  free (p);
}

int
partly_set (void)
{
  int *a = malloc (2 * sizeof (int));	/* { dg-message "moved to stack: malloc\\(8\\)" } */
  if (!a)
    return 0;
  a[0] = 1;
  int r = a[0] + a[1];
  free (a);
  return r;
}
