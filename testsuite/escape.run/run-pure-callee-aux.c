/* The functions run-pure-callee.c declares pure or const.  */
#include <stddef.h>
#include <stdint.h>

char *
same (char *p)
{
  return p;
}

const char *
skip_blank (const char *p)
{
  while (*p == ' ')
    p++;
  return p;
}

int
checksum (const char *p, size_t n)
{
  int s = 0;
  for (size_t i = 0; i < n; i++)
    s = s * 31 + p[i];
  return s;
}

_Bool
aligned8 (const void *p)
{
  return (uintptr_t) p % 8 == 0;
}

uintptr_t
bits (const void *p)
{
  return (uintptr_t) p;
}
