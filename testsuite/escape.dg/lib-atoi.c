/* atoi, atol, atoll and atof only read their argument: it does not escape.  */
/* { dg-options "-fplugin-arg-escape-m" } */

#include <stdlib.h>

long long
parse_all (const char *a,		/* { dg-message "a does not escape" } */
	   const char *b,		/* { dg-message "b does not escape" } */
	   const char *c)		/* { dg-message "c does not escape" } */
{
  return atoi (a) + atol (b) + atoll (c);
}

double
parse_real (const char *s)		/* { dg-message "s does not escape" } */
{
  return atof (s);
}

int
parse_args (int argc,
	    char **argv)		/* { dg-message "argv does not escape" } */
{
  int sum = 0;
  for (int i = 1; i < argc; i++)
    sum += atoi (argv[i]);
  return sum;
}

long
parse_local (int d)
{
  char buf[4] = { '4', (char) ('0' + d), 0, 0 };
  return atoi (buf) + atol (buf) + atoll (buf) + (long) atof (buf);
}

/* { dg-final { escape-same-code-without-m } } */
