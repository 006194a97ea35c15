/* User-defined variadic functions: named parameters use the summary, extra arguments escape.  */
/* { dg-options "-fplugin-arg-escape-m" } */

#include <stdarg.h>

int
sum (int n, ...)
{
  va_list ap;			/* { dg-bogus "escapes" } */
  int s = 0;
  va_start (ap, n);
  for (int i = 0; i < n; i++)
    s += va_arg (ap, int);
  va_end (ap);
  return s;
}

void
vlog (const char *fmt, ...)	/* { dg-message "fmt does not escape" } */
{
  va_list ap;
  va_start (ap, fmt);
  (void) *fmt;
  va_end (ap);
}

void
call_sum_ptr (int *p)		/* { dg-message "leaking param: p" } */
{
  sum (1, p);
}

void
call_vlog_local (void)
{
  int x;			/* { dg-message "&x escapes to heap" } */
  vlog ("x", &x);
}

void
call_vlog_named (const char *s)	/* { dg-message "s does not escape" } */
{
  vlog (s);
}

void
call_vlog_both (const char *s,	/* { dg-message "s does not escape" } */
		int *p)		/* { dg-message "leaking param: p" } */
{
  vlog (s, p);
}

void
call_vlog_local_named (void)
{
  char buf[4] = "ab";		/* { dg-bogus "escapes" } */
  vlog (buf, 1, 2);
}
