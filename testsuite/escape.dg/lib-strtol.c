/* strtol, strtoul, strtoll and strtoull do not keep their arguments, but store into *endptr a pointer into the string: the string leaks wherever that pointer goes.  */
/* { dg-options "-fplugin-arg-escape-m" } */

#include <stdlib.h>

char *rest;

long
parse (const char *s)			/* { dg-message "s does not escape" } */
{
  return strtol (s, NULL, 10);
}

long
parse_keep_rest (const char *s)		/* { dg-message "leaking param: s" } */
{
  char *end;
  long v = strtol (s, &end, 10);
  rest = end;
  return v;
}

unsigned long
parse_to_caller (const char *s,		/* { dg-message "leaking param: s" } */
		 char **endp)		/* { dg-message "endp does not escape" } */
{
  return strtoul (s, endp, 16);
}

const char *
skip_number (const char *s)		/* { dg-message "leaking param: s to result ~r0 level=0" } */
{
  char *end;
  strtoll (s, &end, 10);
  return end;
}

int
fully_parsed (const char *s)		/* { dg-message "s does not escape" } */
{
  char *end;
  strtoull (s, &end, 0);
  return *end == 0;
}

void
local_string_kept (int d)
{
  char buf[4] = { '1', (char) ('0' + d), 'x', 0 };	/* { dg-message "&buf escapes to heap" } */
  char *end;
  strtol (buf, &end, 10);
  rest = end;
}

int
local_string (int d)
{
  char buf[4] = { '1', (char) ('0' + d), 'x', 0 };
  char *end;
  long long v = strtoll (buf, &end, 10) + (long long) strtoull (buf, NULL, 10);
  return (int) v + *end;
}

/* { dg-final { escape-same-code-without-m } } */
