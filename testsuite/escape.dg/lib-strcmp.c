/* strcmp, strncmp, strcasecmp, strncasecmp, strcoll, memcmp, strspn and strcspn only read their arguments: nothing escapes.  */
/* { dg-options "-fplugin-arg-escape-m" } */

#include <string.h>
#include <strings.h>

int
same (const char *a,			/* { dg-message "a does not escape" } */
      const char *b)			/* { dg-message "b does not escape" } */
{
  return strcmp (a, b) == 0 && strncmp (a, b, 4) == 0;
}

int
same_nocase (const char *a,		/* { dg-message "a does not escape" } */
	     const char *b,		/* { dg-message "b does not escape" } */
	     size_t n)
{
  return strcasecmp (a, b) == 0 || strncasecmp (a, b, n) == 0;
}

int
collate (const char *a,			/* { dg-message "a does not escape" } */
	 const char *b)			/* { dg-message "b does not escape" } */
{
  return strcoll (a, b);
}

struct ref { int *ptr; int n; };

int
same_ref (const struct ref *a,		/* { dg-message "a does not escape" } */
	  const struct ref *b)		/* { dg-message "b does not escape" } */
{
  return memcmp (a, b, sizeof *a) == 0;
}

size_t
word_length (const char *s,		/* { dg-message "s does not escape" } */
	     const char *delims)	/* { dg-message "delims does not escape" } */
{
  return strspn (s, " \t") + strcspn (s, delims);
}

int
local_strings (const char *s)		/* { dg-message "s does not escape" } */
{
  char key[8] = "key";
  int x = 1;
  struct ref r1 = { &x, 0 }, r2 = { &x, 1 };
  return strcmp (key, s) + strncmp (s, key, 3) + strcasecmp (key, s)
	 + strncasecmp (key, s, 2) + strcoll (key, s) + memcmp (&r1, &r2, sizeof r1)
	 + (int) strspn (key, s) + (int) strcspn (s, key);
}

/* { dg-final { escape-same-code-without-m } } */
