/* va_arg results are pointers of unknown origin: stores through them go to the heap.  */
/* { dg-options "-fplugin-arg-escape-m" } */

#include <stdarg.h>

int *g;

void
va_to_global (int n, ...)
{
  va_list ap;			/* { dg-bogus "escapes" } */
  va_start (ap, n);
  g = va_arg (ap, int *);
  va_end (ap);
}

int
va_read (int n, ...)
{
  va_list ap;
  va_start (ap, n);
  int *p = va_arg (ap, int *);
  va_end (ap);
  return *p + n;
}

void
va_store_local_addr (int n, ...)
{
  int x = n;			/* { dg-message "&x escapes to heap" } */
  va_list ap;
  va_start (ap, n);
  int **pp = va_arg (ap, int **);
  *pp = &x;
  va_end (ap);
}

void
va_store_param (int *p, ...)	/* { dg-message "leaking param: p" } */
{
  va_list ap;
  va_start (ap, p);
  int **pp = va_arg (ap, int **);
  *pp = p;
  va_end (ap);
}

int
va_named_read (const char *fmt,	/* { dg-message "fmt does not escape" } */
	       int *keep, ...)	/* { dg-message "keep does not escape" } */
{
  va_list ap;
  va_start (ap, keep);
  int *q = va_arg (ap, int *);
  *q = *keep + *fmt;
  va_end (ap);
  return *q;
}

int
va_local_copy (int n, ...)
{
  int y = 0;			/* { dg-bogus "escapes" } */
  int *slots[2];
  va_list ap;
  va_start (ap, n);
  slots[0] = va_arg (ap, int *);
  slots[1] = &y;
  va_end (ap);
  return *slots[0] + *slots[1];
}
