/* A callee's summary decides whether what the caller passes escapes: leaking callee vs reading callee.  */
/* { dg-options "-fplugin-arg-escape-m" } */

#include <stdlib.h>

int *saved;

void
keep (int *p)		/* { dg-message "leaking param: p" } */
{
  saved = p;
}

int
peek (int *p)		/* { dg-message "p does not escape" } */
{
  return *p;
}

void
local_to_keep (void)
{
  int x = 1;		/* { dg-message "&x escapes to heap" } */
  keep (&x);
}

int
local_to_peek (void)
{
  int y = 2;
  return peek (&y);
}

void
block_to_keep (void)
{
  int *b = malloc (sizeof (int));	/* { dg-message "malloc\\(4\\) escapes to heap" } */
  keep (b);
}

int
block_to_peek (void)
{
  int *b = malloc (sizeof (int));	/* { dg-message "malloc\\(4\\) does not escape" } */
  int r = peek (b);
  free (b);
  return r;
}

void
forward_keep (int *q)		/* { dg-message "leaking param: q" } */
{
  keep (q);
}

int
forward_peek (int *q)		/* { dg-message "q does not escape" } */
{
  return peek (q) + peek (q);
}
