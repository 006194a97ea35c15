/* The functions of another unit that lto-parts.c hands its structs to: one reads
   the int field, one reads the pointer field's first bytes as an int.  Each
   counts its calls, so that neither is pure.  */
#include <string.h>
#include "lto-parts.h"

long calls;

__attribute__ ((noinline)) int
tag_of (const struct holder *h)
{
  calls++;
  return h->tag;
}

__attribute__ ((noinline)) int
first_word (const struct holder *h)
{
  int w;
  calls++;
  memcpy (&w, h, sizeof w);
  return w;
}
