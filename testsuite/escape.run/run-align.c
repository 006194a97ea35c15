/* Blocks moved to the stack are 16-byte aligned like malloc's.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m" } */
#include <stdlib.h>
#include <stdint.h>
#include <string.h>

static int
aligned16 (const void *p)	/* { dg-message "p does not escape" } */
{
  return ((uintptr_t) p % 16) == 0;
}

static int
consts (void)
{
  char c0;
  char *a = malloc (1);	/* { dg-message "moved to stack: malloc\\(1\\)" } */
  char c1;
  char *b = malloc (3);	/* { dg-message "moved to stack: malloc\\(3\\)" } */
  short *c = malloc (6);	/* { dg-message "moved to stack: malloc\\(6\\)" } */
  long double *d = malloc (sizeof (long double));	/* { dg-message "moved to stack: malloc\\(16\\)" } */
  char *e = calloc (3, 1);	/* { dg-message "moved to stack: calloc\\(3, 1\\)" } */
  char *f = strdup ("x");	/* { dg-message "moved to stack: strdup\\(\\.\\.\\.\\)" } */
  char *g = strndup ("abc", 1);	/* { dg-message "moved to stack: strndup\\(\\.\\.\\., 1\\)" } */
  c0 = 1;
  c1 = 2;
  *a = c0;
  *b = c1;
  *c = 3;
  *d = 4.0L;
  int ok = aligned16 (a) && aligned16 (b) && aligned16 (c) && aligned16 (d)
	   && aligned16 (e) && aligned16 (f) && aligned16 (g);
  ok = ok && *a == 1 && *b == 2 && *c == 3 && *d == 4.0L && f[0] == 'x' && g[0] == 'a'
       && g[1] == 0;
  free (a);
  free (b);
  free (c);
  free (d);
  free (e);
  free (f);
  free (g);
  return ok;
}

static int
var (size_t n)
{
  char *p = malloc (n);	/* { dg-message "moved to stack: malloc\\(n\\)" } */
  int ok = aligned16 (p);
  memset (p, 0, n);
  free (p);
  return ok;
}

int
main (void)
{
  if (!consts ())
    abort ();
  for (size_t n = 1; n < 100; n++)
    if (!var (n))
      abort ();
  if (!var (5000) || !var (1 << 20))
    abort ();
  return 0;
}
