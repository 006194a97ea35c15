/* The deallocator of run-dealloc-attr.c: frees its second argument.  */
#include <stdlib.h>

int released;

void
release (int how, void *p)
{
  released += how;
  free (p);
}
