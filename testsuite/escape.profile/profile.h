/* Shared by the profile tests: a sink that keeps GCC from deleting a block
   (a block only written and freed is no allocation at -O2), and the number of
   times each test runs its sites.  */
#include <stdlib.h>

#define N 10

extern void *volatile profile_sink;
void *volatile profile_sink;

static inline void
use (void *p)
{
  profile_sink = p;
}
