/* calloc: escaping and non-escaping blocks, and the rendering of both arguments.  */
/* { dg-options "-fplugin-arg-escape-m" } */

#include <stdlib.h>

struct node { struct node *next; int v; };
struct node *head;

struct node *
make (void)
{
  return calloc (1, sizeof (struct node));	/* { dg-message "calloc\\(1, 16\\) escapes to heap" } */
}

void
push (int v)
{
  struct node *n = calloc (1, sizeof *n);	/* { dg-message "calloc\\(1, 16\\) escapes to heap" } */
  n->v = v;
  n->next = head;
  head = n;
}

void
link_after (struct node *at, int v)	/* { dg-message "leaking param content: at" } */
{
  struct node *n = calloc (1, sizeof *n);	/* { dg-message "calloc\\(1, 16\\) escapes to heap" } */
  n->v = v;
  n->next = at->next;
  at->next = n;
}

long
sum (unsigned count)
{
  long *a = calloc (count, sizeof (long));	/* { dg-message "calloc\\(count, 8\\) does not escape" } */
  long s = 0;
  if (!a)
    return 0;
  for (unsigned i = 0; i < count; i++)
    s += a[i] + i;
  free (a);
  return s;
}

int
chain_local (void)
{
  struct node *a = calloc (1, sizeof *a);	/* { dg-message "calloc\\(1, 16\\) does not escape" } */
  struct node *b = calloc (1, sizeof *b);	/* { dg-message "calloc\\(1, 16\\) does not escape" } */
  a->next = b;
  b->v = 3;
  int r = a->next->v;
  free (b);
  free (a);
  return r;
}

/* { dg-final { escape-same-code-without-m } } */
