/* strcat and strncat append characters: neither argument escapes, the source's contents do not flow, and the destination is returned.  */
/* { dg-options "-fplugin-arg-escape-m" } */

#include <string.h>

char *last_joined;

void
append (char *d,			/* { dg-message "d does not escape" } */
	const char *s)			/* { dg-message "s does not escape" } */
{
  strcat (d, s);
}

char *
append_return (char *d,			/* { dg-message "leaking param: d to result ~r0 level=0" } */
	       const char *s)		/* { dg-message "s does not escape" } */
{
  return strcat (d, s);
}

void
append_keep (char *d,			/* { dg-message "leaking param: d" } */
	     const char *s)		/* { dg-message "s does not escape" } */
{
  last_joined = strncat (d, s, 4);
}

char *
nappend_return (char *d,		/* { dg-message "leaking param: d to result ~r0 level=0" } */
		const char *s,		/* { dg-message "s does not escape" } */
		size_t n)
{
  return strncat (d, s, n);
}

int
join_local (const char *a,		/* { dg-message "a does not escape" } */
	    const char *b)		/* { dg-message "b does not escape" } */
{
  char buf[64] = "";
  strncat (buf, a, 20);
  strcat (buf, "/");
  strncat (buf, b, 20);
  return (int) strlen (buf);
}

/* { dg-final { escape-same-code-without-m } } */
