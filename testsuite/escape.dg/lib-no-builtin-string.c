/* Under -fno-builtin, in a hosted environment, the string and memory functions are still known from the library table: memcpy moves contents, strcpy writes characters, strchr and strstr return a pointer into their first argument.  */
/* { dg-options "-fno-builtin -fplugin-arg-escape-m" } */

#include <string.h>

struct ref { int *ptr; int n; };
const char *found;

void
copy_out (struct ref *dst,		/* { dg-message "dst does not escape" } */
	  const struct ref *src)	/* { dg-message "leaking param content: src" } */
{
  memcpy (dst, src, sizeof *src);
}

void *
move_return (void *d,			/* { dg-message "leaking param: d to result ~r0 level=0" } */
	     const void *s,		/* { dg-message "leaking param content: s" } */
	     size_t n)
{
  return memmove (d, s, n);
}

void *
clear (void *p,				/* { dg-message "leaking param: p to result ~r0 level=0" } */
       size_t n)
{
  return memset (p, 0, n);
}

char *
copy_string (char *d,			/* { dg-message "leaking param: d to result ~r0 level=0" } */
	     const char *s)		/* { dg-message "s does not escape" } */
{
  strncpy (d, s, 4);
  strcat (d, s);
  strncat (d, s, 2);
  return strcpy (d, s);
}

void
keep_slash (const char *path)		/* { dg-message "leaking param: path" } */
{
  found = strchr (path, '/');
}

const char *
find (const char *hay,			/* { dg-message "leaking param: hay to result ~r0 level=0" } */
      const char *needle)		/* { dg-message "needle does not escape" } */
{
  return strstr (hay, needle);
}

const char *
find_any (const char *s,		/* { dg-message "leaking param: s to result ~r0 level=0" } */
	  const char *set)		/* { dg-message "set does not escape" } */
{
  if (strlen (s) > 10)
    return strrchr (s, '.');
  if (memchr (s, ',', 4))
    return strpbrk (s, set);
  return NULL;
}

/* { dg-final { escape-same-code-without-m } } */
