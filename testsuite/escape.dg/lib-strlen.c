/* strlen and strnlen only read their argument: it does not escape.  */
/* { dg-options "-fplugin-arg-escape-m" } */

#include <stdlib.h>
#include <string.h>

size_t total;

size_t
len (const char *s)			/* { dg-message "s does not escape" } */
{
  return strlen (s);
}

void
accumulate (const char *a,		/* { dg-message "a does not escape" } */
	    const char *b)		/* { dg-message "b does not escape" } */
{
  total += strlen (a) + __builtin_strlen (b);
}

size_t
bounded (const char *s,			/* { dg-message "s does not escape" } */
	 size_t max)
{
  return strnlen (s, max);
}

int
longest (char **v, int n)		/* { dg-message "v does not escape" } */
{
  size_t best = 0;
  int at = -1;
  for (int i = 0; i < n; i++)
    if (strlen (v[i]) > best)
      {
	best = strlen (v[i]);
	at = i;
      }
  return at;
}

size_t
local_buffer (void)
{
  char buf[32] = "hello";
  return strlen (buf);
}

size_t
heap_string (void)
{
  char *p = malloc (8);			/* { dg-message "malloc\\(8\\) does not escape" } */
  p[0] = 'a';
  p[1] = 0;
  size_t n = strlen (p);
  free (p);
  return n;
}

/* { dg-final { escape-same-code-without-m } } */
