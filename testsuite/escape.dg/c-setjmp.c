/* A function calling setjmp is analysed conservatively: everything escapes.  */
/* { dg-options "-fplugin-arg-escape-m" } */

#include <setjmp.h>
#include <stdlib.h>

jmp_buf jb;

int
param_with_setjmp (int *p)	/* { dg-message "leaking param: p" } */
{
  if (setjmp (jb))
    return *p;
  return 0;
}

int
local_with_setjmp (void)
{
  int x = 1;			/* { dg-message "&x escapes to heap" } */
  int *q = &x;
  if (setjmp (jb))
    return *q;
  return x;
}

int
alloc_with_setjmp (void)
{
  int *m = malloc (4);		/* { dg-message "malloc\\(4\\) escapes to heap" } */
  if (!m)
    return 0;
  if (setjmp (jb))
    {
      free (m);
      return 1;
    }
  free (m);
  return 0;
}

int
local_jmp_buf (int **pp)	/* { dg-message "leaking param: pp" } */
{
  jmp_buf env;			/* { dg-message "&env escapes to heap" } */
  if (setjmp (env))
    return 1;
  return **pp;
}

int
without_setjmp (int *p)		/* { dg-message "p does not escape" } */
{
  int x = *p;			/* { dg-bogus "escapes" } */
  int *q = &x;
  return *q;
}

/* { dg-final { escape-same-code-without-m } } */
