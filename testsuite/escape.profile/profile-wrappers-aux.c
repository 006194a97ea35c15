/* The other unit of profile-wrappers.c.  */
#include <stdlib.h>

void *wrap_aux (size_t n);

void *
wrap_aux (size_t n)
{
  return malloc (n);
}
