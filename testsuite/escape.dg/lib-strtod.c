/* strtod and strtof do not keep their arguments, but store into *endptr a pointer into the string: the string leaks wherever that pointer goes.  */
/* { dg-options "-fplugin-arg-escape-m" } */

#include <stdlib.h>

const char *resume_at;

double
real (const char *s)			/* { dg-message "s does not escape" } */
{
  return strtod (s, NULL);
}

double
real_keep_rest (const char *s)		/* { dg-message "leaking param: s" } */
{
  char *end;
  double v = strtod (s, &end);
  resume_at = end;
  return v;
}

float
single_to_caller (const char *s,	/* { dg-message "leaking param: s" } */
		  char **endp)		/* { dg-message "endp does not escape" } */
{
  return strtof (s, endp);
}

char *
after_real (const char *s)		/* { dg-message "leaking param: s to result ~r0 level=0" } */
{
  char *end;
  strtof (s, &end);
  return end;
}

int
is_real (const char *s)			/* { dg-message "s does not escape" } */
{
  char *end;
  strtod (s, &end);
  return end != s && *end == 0;
}

double
local_string (void)
{
  char buf[8] = "1.5e3";
  char *end;
  double v = strtod (buf, &end) + strtof (buf, NULL);
  return v + *end;
}

/* { dg-final { escape-same-code-without-m } } */
