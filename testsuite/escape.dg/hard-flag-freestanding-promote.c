/* Under -ffreestanding, malloc, calloc, strdup and free declared by the program are not the C library's: with promotion on, no call to them is an allocation site or moved to the stack (the summary counts only __builtin_malloc), and the pointers they are given escape.  */
/* { dg-options "-ffreestanding -fplugin-arg-escape-promote -fplugin-arg-escape-m -fplugin-arg-escape-stats" } */
/* { dg-message "escape: 1 allocation sites, 0 escape, 1 moved to stack \\(4 bytes\\)" "" { target *-*-* } 0 } */

#include <stddef.h>

void *malloc (size_t);
void *calloc (size_t, size_t);
void free (void *);
char *strdup (const char *);

int
local_use (int v)
{
  int *p = malloc (sizeof *p);		/* { dg-bogus "malloc|stack" } */
  if (!p)
    return 0;
  *p = v;
  int r = *p;
  free (p);
  return r;
}

int
zeroed (void)
{
  int *p = calloc (4, sizeof *p);	/* { dg-bogus "calloc|stack" } */
  int r = p[1];
  free (p);
  return r;
}

char
dup_first (const char *s)		/* { dg-message "leaking param: s" } */
{
  char *d = strdup (s);			/* { dg-bogus "strdup\\(|stack" } */
  char c = d[0];
  free (d);
  return c;
}

int
builtin_use (int v)
{
  int *p = __builtin_malloc (sizeof *p);	/* { dg-message "moved to stack: __builtin_malloc\\(4\\)" } */
  *p = v;
  int r = *p;
  __builtin_free (p);
  return r;
}

/* { dg-final { escape-same-code-without-m } } */
