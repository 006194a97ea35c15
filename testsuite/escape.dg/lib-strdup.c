/* strdup and strndup: allocation sites whose string argument is only read, so it does not escape.  */
/* { dg-options "-fplugin-arg-escape-m" } */

#include <stdlib.h>
#include <string.h>

char *saved_name;

char *
copy_name (const char *name)		/* { dg-message "name does not escape" } */
{
  return strdup (name);			/* { dg-message "strdup\\(name\\) escapes to heap" } */
}

void
save_name (const char *name)		/* { dg-message "name does not escape" } */
{
  saved_name = strdup (name);		/* { dg-message "strdup\\(name\\) escapes to heap" } */
}

size_t
measure_copy (const char *s)		/* { dg-message "s does not escape" } */
{
  char *c = strdup (s);			/* { dg-message "strdup\\(s\\) does not escape" } */
  if (!c)
    return 0;
  size_t n = strlen (c);
  free (c);
  return n;
}

char *
prefix (const char *s,			/* { dg-message "s does not escape" } */
	size_t n)
{
  return strndup (s, n);		/* { dg-message "strndup\\(s, n\\) escapes to heap" } */
}

int
first_chars (const char *s)		/* { dg-message "s does not escape" } */
{
  char *c = strndup (s, 4);		/* { dg-message "strndup\\(s, 4\\) does not escape" } */
  if (!c)
    return 0;
  int r = c[0];
  free (c);
  return r;
}

char *
dup_local_array (int c)
{
  char buf[4] = { (char) c, 'x', 0, 0 };
  return strdup (buf);			/* { dg-message "strdup\\(buf\\) escapes to heap" } */
}

/* { dg-final { escape-same-code-without-m } } */
