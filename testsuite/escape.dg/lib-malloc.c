/* malloc: the block escapes when returned, stored globally, stored through a parameter or passed to an unknown function; not when only used locally and freed.  */
/* { dg-options "-fplugin-arg-escape-m" } */

#include <stdlib.h>

int *global_block;
extern void consume (int *);

int *
returned (void)
{
  int *p = malloc (16);		/* { dg-message "malloc\\(16\\) escapes to heap" } */
  return p;
}

void
stored_globally (void)
{
  global_block = malloc (32);	/* { dg-message "malloc\\(32\\) escapes to heap" } */
}

void
stored_through_param (int **out)	/* { dg-message "out does not escape" } */
{
  *out = malloc (8);		/* { dg-message "malloc\\(8\\) escapes to heap" } */
}

void
passed_to_unknown (void)
{
  int *p = malloc (4);		/* { dg-message "malloc\\(4\\) escapes to heap" } */
  consume (p);
}

int
local_only (int n)
{
  int *p = malloc (64);		/* { dg-message "malloc\\(64\\) does not escape" } */
  if (!p)
    return 0;
  for (int i = 0; i < 16; i++)
    p[i] = n + i;
  int s = p[3] + p[7];
  free (p);
  return s;
}

int
kept_in_local_struct (void)
{
  struct { int *a; int *b; } pair;
  pair.a = malloc (4);		/* { dg-message "malloc\\(4\\) does not escape" } */
  pair.b = pair.a;
  *pair.b = 7;
  int r = *pair.a;
  free (pair.a);
  return r;
}

/* { dg-final { escape-same-code-without-m } } */
