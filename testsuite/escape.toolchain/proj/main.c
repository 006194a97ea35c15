/* The program of the project check-icecream.sh builds: calls the other
   units; a block stored in a global escapes, one read here is moved.  */
#include <stdio.h>
#include <stdlib.h>
#include "proj.h"

static int *last;

static __attribute__ ((noinline)) void
remember (int *p)
{
  last = p;
}

int
main (void)
{
  int *kept = malloc (sizeof (int));
  int *scratch = malloc (2 * sizeof (int));
  if (!kept || !scratch)
    return 1;
  *kept = sum_from (1);
  remember (kept);
  scratch[0] = words_in ("stack or heap");
  scratch[1] = *last;
  char *copy = keep_copy ("escapes");
  printf ("%d %d %s\n", scratch[0], scratch[1], copy ? copy : "");
  free (scratch);
  free (copy);
  return 0;
}
