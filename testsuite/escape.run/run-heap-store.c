/* Blocks stored into heap memory not allocated here (through params, loaded pointers)
   escape; stored into a block this function allocated and that stays local: moved.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m" } */
#include <stdlib.h>

struct node { int *data; struct node *next; };

static struct node *list;

static void
attach (struct node *n, int v)	/* { dg-message "n does not escape" } */
{
  n->data = malloc (sizeof (int));	/* { dg-message "malloc\\(4\\) escapes to heap" } */
  *n->data = v;
}

static void
attach_global (int v)
{
  list->next->data = malloc (sizeof (int));	/* { dg-message "malloc\\(4\\) escapes to heap" } */
  *list->next->data = v;
}

static struct node *
new_node (int v)
{
  struct node *n = malloc (sizeof *n);	/* { dg-message "malloc\\(16\\) escapes to heap" } */
  n->data = malloc (sizeof (int));	/* { dg-message "malloc\\(4\\) escapes to heap" } */
  *n->data = v;
  n->next = 0;
  return n;
}

static int
local_pair (int v)
{
  struct node *n = malloc (sizeof *n);	/* { dg-message "moved to stack: malloc\\(16\\)" } */
  n->data = malloc (sizeof (int));	/* { dg-message "moved to stack: malloc\\(4\\)" } */
  n->next = 0;
  *n->data = v;
  int r = *n->data + (n->next == 0);
  free (n->data);
  free (n);
  return r;
}

static int
clobber (int n)
{
  volatile int buf[256];
  for (int i = 0; i < 256; i++)
    buf[i] = -n;
  return buf[n & 255];
}

int
main (void)
{
  struct node *a = new_node (1);
  struct node *b = new_node (2);
  a->next = b;
  list = a;
  free (b->data);
  attach_global (7);
  free (a->data);
  attach (a, 8);
  clobber (3);
  if (*a->data != 8 || *b->data != 7)
    abort ();
  if (local_pair (41) != 42)
    abort ();
  free (b->data);
  free (b);
  free (a->data);
  free (a);
  return 0;
}
