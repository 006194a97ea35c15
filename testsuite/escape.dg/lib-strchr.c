/* strchr and strrchr return a pointer into their first argument: it leaks when the result is kept, and does not escape otherwise.  */
/* { dg-options "-fplugin-arg-escape-m" } */

#include <string.h>

char *found;

void
keep_first_slash (char *path)		/* { dg-message "leaking param: path" } */
{
  found = strchr (path, '/');
}

char *
first_dot (char *s)			/* { dg-message "leaking param: s to result ~r0 level=0" } */
{
  return strchr (s, '.');
}

int
has_colon (const char *s)		/* { dg-message "s does not escape" } */
{
  return strchr (s, ':') != NULL;
}

void
keep_last_slash (char *path)		/* { dg-message "leaking param: path" } */
{
  found = strrchr (path, '/');
}

const char *
basename_of (const char *path)		/* { dg-message "leaking param: path to result ~r0 level=0" } */
{
  const char *slash = strrchr (path, '/');
  return slash ? slash + 1 : path;
}

int
last_dot_next (const char *s)		/* { dg-message "s does not escape" } */
{
  const char *d = strrchr (s, '.');
  return d ? d[1] : -1;
}

void
local_buffer_kept (void)
{
  char buf[8] = "a/b";			/* { dg-message "&buf escapes to heap" } */
  found = strchr (buf, '/');
}

int
local_buffer (void)
{
  char buf[8] = "a/b";
  char *p = strrchr (buf, '/');
  return p ? p[1] : 0;
}

/* { dg-final { escape-same-code-without-m } } */
