/* A unit of the project check-icecream.sh builds (and check-caches.sh
   compiles): a block only passed to a function that reads it is moved to the
   stack.  */
#include <stdlib.h>
#include "proj.h"

static __attribute__ ((noinline)) int
total (const int *v, int n)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    s += v[i];
  return s;
}

int
sum_from (int base)
{
  int *v = malloc (4 * sizeof (int));
  if (!v)
    return -1;
  for (int i = 0; i < 4; i++)
    v[i] = base + i;
  int s = total (v, 4);
  free (v);
  return s;
}
