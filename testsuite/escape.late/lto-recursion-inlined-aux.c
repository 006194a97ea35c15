/* The recursive walker that the link inlines lto-recursion-inlined.c's
   scratch_sum into.  */
#include <stdio.h>
#include <stdlib.h>

int scratch_sum (int v);

int
walk (int n)
{
  if (n == 0)
    return 0;
  char tag[512];
  snprintf (tag, sizeof tag, "level %d", n);
  if (tag[0] != 'l')
    abort ();
  int s = scratch_sum (n);
  return s + walk (n - 1) + walk (n & 1 ? 0 : n / 2000000);
}
