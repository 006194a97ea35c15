/* A linked list built with malloc and torn down inside one function does not escape.  */
/* { dg-options "-fplugin-arg-escape-m" } */

#include <stdlib.h>

struct node { struct node *next; int v; };
struct item { struct item *next; int *v; };

int
list_sum (int n)
{
  struct node *head = 0;
  for (int i = 0; i < n; i++)
    {
      struct node *e = malloc (sizeof *e);	/* { dg-message "malloc\\(16\\) does not escape" } */
      if (!e)
	break;
      e->v = i;
      e->next = head;
      head = e;
    }
  int s = 0;
  for (struct node *e = head; e; e = e->next)
    s += e->v;
  while (head)
    {
      struct node *nx = head->next;
      free (head);
      head = nx;
    }
  return s;
}

int
list_of_locals (void)
{
  int a = 1, b = 2;		/* { dg-bogus "escapes" } */
  struct item *x = malloc (sizeof (struct item));	/* { dg-message "malloc\\(16\\) does not escape" } */
  struct item *y = malloc (sizeof (struct item));	/* { dg-message "malloc\\(16\\) does not escape" } */
  if (!x || !y)
    {
      free (x);
      free (y);
      return 0;
    }
  x->v = &a;
  x->next = 0;
  y->v = &b;
  y->next = x;
  int s = *y->v + *y->next->v;
  free (x);
  free (y);
  return s;
}

int
list_from_param (int *data, int n)	/* { dg-message "data does not escape" } */
{
  struct item *head = 0;
  for (int i = 0; i < n; i++)
    {
      struct item *e = calloc (1, sizeof (struct item));	/* { dg-message "calloc\\(1, 16\\) does not escape" } */
      if (!e)
	break;
      e->v = data + i;
      e->next = head;
      head = e;
    }
  int s = 0;
  while (head)
    {
      struct item *nx = head->next;
      s += *head->v;
      free (head);
      head = nx;
    }
  return s;
}

/* { dg-final { escape-same-code-without-m } } */
