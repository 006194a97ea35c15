/* A block handed to a function of another unit declared a deallocator
   (__attribute__ ((malloc (release, 2))) on an allocator) is freed there: it stays
   on the heap, and the program frees it exactly once.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m=2" } */
/* { dg-additional-sources "run-dealloc-attr-aux.c" } */
#include <stdlib.h>

void release (int how, void *p);
void *acquire (size_t) __attribute__ ((malloc (release, 2)));
extern int released;

static int
use (int v)
{
  int *p = malloc (4 * sizeof (int));	/* { dg-message "malloc\\(16\\) does not escape" } */
  /* { dg-message "  not moved to stack: freed in callee release" "" { target *-*-* } 16 } */
  p[0] = v;
  p[3] = v + 1;
  int r = p[0] + p[3];
  release (2, p);
  return r;
}

int
main (void)
{
  if (use (4) != 9 || released != 2)
    abort ();
  return 0;
}
