/* Under -ffreestanding the names malloc, free, strlen, memcpy and printf mean nothing special: functions of those names declared here are unknown external functions (no allocation site, every pointer argument escapes).  __builtin_ functions and __attribute__((malloc)) keep their meaning.  */
/* { dg-options "-ffreestanding -fplugin-arg-escape-m" } */

#include <stddef.h>

void *malloc (size_t);
void free (void *);
size_t strlen (const char *);
void *memcpy (void *, const void *, size_t);
int printf (const char *, ...);
__attribute__ ((malloc)) void *pool_alloc (size_t);

int *
make (void)
{
  int *p = malloc (sizeof *p);		/* { dg-bogus "malloc" } */
  return p;
}

void
release (void *p)			/* { dg-message "leaking param: p" } */
{
  free (p);
}

size_t
len (const char *s)			/* { dg-message "leaking param: s" } */
{
  return strlen (s);
}

void
copy (void *d,				/* { dg-message "leaking param: d" } */
      const void *s,			/* { dg-message "leaking param: s" } */
      size_t n)
{
  memcpy (d, s, n);
}

void
show (const char *s)			/* { dg-message "leaking param: s" } */
{
  printf ("%s\n", s);
}

int
local_address (void)
{
  char buf[8] = "abc";			/* { dg-message "&buf escapes to heap" } */
  return (int) strlen (buf);
}

int
builtin_alloc (int v)
{
  int *p = __builtin_malloc (sizeof *p);	/* { dg-message "__builtin_malloc\\(4\\) does not escape" } */
  *p = v;
  int r = *p;
  __builtin_free (p);
  return r;
}

void *
attribute_alloc (void)
{
  return pool_alloc (64);		/* { dg-message "pool_alloc\\(64\\) escapes to heap" } */
}

/* { dg-final { escape-same-code-without-m } } */
