/* The functions of another unit that lto-part-leaks.c hands its structs to: one
   returns the data field, one keeps it in a global.  Each counts its calls, so
   that neither is pure.  */
#include "lto-part-leaks.h"

long calls;
char *kept;

__attribute__ ((noinline)) char *
data_of (struct buf *b)
{
  calls++;
  return b->data;
}

__attribute__ ((noinline)) void
keep_data (struct buf *b)
{
  calls++;
  kept = b->data;
}
