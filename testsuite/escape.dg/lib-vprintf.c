/* vprintf, vfprintf, vsprintf and vsnprintf only read their pointer arguments and the va_list, and write characters: nothing escapes.  */
/* { dg-options "-fplugin-arg-escape-m" } */

#include <stdarg.h>
#include <stdio.h>

void
log_v (const char *fmt,			/* { dg-message "fmt does not escape" } */
       va_list ap)			/* { dg-message "ap does not escape" } */
{
  vprintf (fmt, ap);
}

void
log_to (FILE *f,			/* { dg-message "f does not escape" } */
	const char *fmt, ...)		/* { dg-message "fmt does not escape" } */
{
  va_list ap;
  va_start (ap, fmt);
  vfprintf (f, fmt, ap);
  va_end (ap);
}

int
format_v (char *buf,			/* { dg-message "buf does not escape" } */
	  const char *fmt, ...)		/* { dg-message "fmt does not escape" } */
{
  va_list ap;
  va_start (ap, fmt);
  int n = vsprintf (buf, fmt, ap);
  va_end (ap);
  return n;
}

int
format_nv (char *buf,			/* { dg-message "buf does not escape" } */
	   size_t size,
	   const char *fmt,		/* { dg-message "fmt does not escape" } */
	   va_list ap)			/* { dg-message "ap does not escape" } */
{
  return vsnprintf (buf, size, fmt, ap);
}

int
local_buffer (const char *fmt, ...)	/* { dg-message "fmt does not escape" } */
{
  char buf[64];
  va_list ap;
  va_start (ap, fmt);
  int n = vsnprintf (buf, sizeof buf, fmt, ap);
  va_end (ap);
  puts (buf);
  return n;
}

/* { dg-final { escape-same-code-without-m } } */
