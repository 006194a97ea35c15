/* fgets returns its buffer argument: the buffer leaks when the result is kept; the stream never escapes.  */
/* { dg-options "-fplugin-arg-escape-m" } */

#include <stdio.h>

char *last_line;

void
keep_line (char *buf,			/* { dg-message "leaking param: buf" } */
	   int n,
	   FILE *f)			/* { dg-message "f does not escape" } */
{
  last_line = fgets (buf, n, f);
}

char *
read_line (char *buf,			/* { dg-message "leaking param: buf to result ~r0 level=0" } */
	   int n,
	   FILE *f)			/* { dg-message "f does not escape" } */
{
  return fgets (buf, n, f);
}

int
line_ok (char *buf,			/* { dg-message "buf does not escape" } */
	 FILE *f)			/* { dg-message "f does not escape" } */
{
  return fgets (buf, 80, f) != NULL;
}

int
first_char (FILE *f)			/* { dg-message "f does not escape" } */
{
  char buf[80];
  char *p = fgets (buf, sizeof buf, f);
  return p ? p[0] : -1;
}

void
local_buffer_kept (FILE *f)		/* { dg-message "f does not escape" } */
{
  char buf[80];				/* { dg-message "&buf escapes to heap" } */
  last_line = fgets (buf, sizeof buf, f);
}

/* { dg-final { escape-same-code-without-m } } */
