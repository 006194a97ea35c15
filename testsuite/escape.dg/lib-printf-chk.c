/* The fortified __printf_chk, __fprintf_chk, __sprintf_chk and __snprintf_chk only read their pointer arguments (including the variadic ones): nothing escapes.  */
/* { dg-options "-fplugin-arg-escape-m" } */

#include <stdio.h>

extern int __printf_chk (int, const char *, ...);
extern int __fprintf_chk (FILE *, int, const char *, ...);
extern int __sprintf_chk (char *, int, size_t, const char *, ...);
extern int __snprintf_chk (char *, size_t, int, size_t, const char *, ...);

void
show (const char *fmt,			/* { dg-message "fmt does not escape" } */
      const char *s)			/* { dg-message "s does not escape" } */
{
  __printf_chk (1, fmt, s, (const void *) s);
}

void
show_to (FILE *f,			/* { dg-message "f does not escape" } */
	 const char *s)			/* { dg-message "s does not escape" } */
{
  __fprintf_chk (f, 1, "%s %p\n", s, (void *) f);
}

int
format (char *buf,			/* { dg-message "buf does not escape" } */
	const char *s)			/* { dg-message "s does not escape" } */
{
  return __sprintf_chk (buf, 1, 64, "%s", s);
}

int
format_bounded (char *buf,		/* { dg-message "buf does not escape" } */
		size_t n,
		const char *s)		/* { dg-message "s does not escape" } */
{
  return __snprintf_chk (buf, n, 1, n, "%s %p", s, (void *) buf);
}

int
local_address (void)
{
  int x = 0;
  char buf[32];
  return __snprintf_chk (buf, sizeof buf, 1, sizeof buf, "%p", (void *) &x)
	 + __printf_chk (1, "%p %s\n", (void *) &x, buf);
}

/* { dg-final { escape-same-code-without-m } } */
