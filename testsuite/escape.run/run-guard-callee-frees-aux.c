/* The other file of run-guard-callee-frees.c: a free the main file cannot see.  */
#include <stdlib.h>

void
release_elsewhere (void *p)
{
  free (p);
}
