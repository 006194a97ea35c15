/* memchr, strstr and strpbrk return a pointer into their first argument only: it leaks when the result is kept; the other arguments never escape.  */
/* { dg-options "-fplugin-arg-escape-m" } */

#include <string.h>

const void *hit;

void
keep_byte (const void *buf,		/* { dg-message "leaking param: buf" } */
	   size_t n)
{
  hit = memchr (buf, 0, n);
}

void *
find_byte (void *buf,			/* { dg-message "leaking param: buf to result ~r0 level=0" } */
	   int c, size_t n)
{
  return memchr (buf, c, n);
}

int
has_byte (const void *buf,		/* { dg-message "buf does not escape" } */
	  size_t n)
{
  return memchr (buf, 'x', n) != NULL;
}

void
keep_needle (const char *hay,		/* { dg-message "leaking param: hay" } */
	     const char *needle)	/* { dg-message "needle does not escape" } */
{
  hit = strstr (hay, needle);
}

char *
find_needle (char *hay,			/* { dg-message "leaking param: hay to result ~r0 level=0" } */
	     const char *needle)	/* { dg-message "needle does not escape" } */
{
  return strstr (hay, needle);
}

int
contains (const char *hay,		/* { dg-message "hay does not escape" } */
	  const char *needle)		/* { dg-message "needle does not escape" } */
{
  return strstr (hay, needle) != NULL;
}

void
keep_separator (const char *s,		/* { dg-message "leaking param: s" } */
		const char *set)	/* { dg-message "set does not escape" } */
{
  hit = strpbrk (s, set);
}

char *
find_separator (char *s,		/* { dg-message "leaking param: s to result ~r0 level=0" } */
		const char *set)	/* { dg-message "set does not escape" } */
{
  return strpbrk (s, set);
}

int
has_separator (const char *s,		/* { dg-message "s does not escape" } */
	       const char *set)		/* { dg-message "set does not escape" } */
{
  return strpbrk (s, set) != NULL;
}

/* { dg-final { escape-same-code-without-m } } */
