/* The same malloc'd linked list, returned or stored in a global, escapes.  */
/* { dg-options "-fplugin-arg-escape-m" } */

#include <stdlib.h>

struct node { struct node *next; int v; };
struct item { struct item *next; int *v; };

struct node *glist;

struct node *
build (int n)
{
  struct node *head = 0;
  for (int i = 0; i < n; i++)
    {
      struct node *e = malloc (sizeof *e);	/* { dg-message "malloc\\(16\\) escapes to heap" } */
      if (!e)
	break;
      e->v = i;
      e->next = head;
      head = e;
    }
  return head;
}

void
build_global (int n)
{
  struct node *head = 0;
  for (int i = 0; i < n; i++)
    {
      struct node *e = malloc (sizeof *e);	/* { dg-message "malloc\\(16\\) escapes to heap" } */
      if (!e)
	break;
      e->v = i;
      e->next = head;
      head = e;
    }
  glist = head;
}

void
push_global (int v)
{
  struct node *e = malloc (sizeof *e);	/* { dg-message "malloc\\(16\\) escapes to heap" } */
  if (!e)
    return;
  e->v = v;
  e->next = glist;
  glist = e;
}

void
push_param (struct node **headp, int v)	/* { dg-message "leaking param content: headp" } */
{
  struct node *e = malloc (sizeof *e);	/* { dg-message "malloc\\(16\\) escapes to heap" } */
  if (!e)
    return;
  e->v = v;
  e->next = *headp;
  *headp = e;
}

struct item *
wrap_local (void)
{
  int x = 0;			/* { dg-message "&x escapes to heap" } */
  struct item *it = malloc (sizeof *it);	/* { dg-message "malloc\\(16\\) escapes to heap" } */
  if (it)
    {
      it->v = &x;
      it->next = 0;
    }
  return it;
}

void
second_node_global (int n)
{
  struct node *a = malloc (sizeof *a);	/* { dg-message "malloc\\(16\\) does not escape" } */
  struct node *b = malloc (sizeof *b);	/* { dg-message "malloc\\(16\\) escapes to heap" } */
  if (!a || !b)
    return;
  a->next = b;
  b->next = 0;
  b->v = n;
  glist = a->next;
  free (a);
}
