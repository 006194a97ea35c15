/* Callers of recursive functions use the settled summaries of the recursive component.  */
/* { dg-options "-fplugin-arg-escape-m" } */

#include <stdlib.h>

struct node
{
  struct node *next;
  int val;
};

struct node *head;

/* Appends N at the end of the list starting at L.  N is stored through L (memory
   the function does not own) only in the base case, reached through the
   recursion, so N leaks; L itself is only read and written through.  */
static void
append (struct node *l, struct node *n)	/* { dg-message "l does not escape" } */
/* { dg-message "leaking param: n" "" { target *-*-* } 18 } */
{
  if (l->next)
    append (l->next, n);
  else
    l->next = n;
}

/* Only reads the list.  */
static int
length (const struct node *l)	/* { dg-message "l does not escape" } */
{
  return l ? 1 + length (l->next) : 0;
}

void
add_local (void)
{
  struct node n = { 0, 1 };	/* { dg-message "&n escapes to heap" } */
  append (head, &n);
}

void
add_new (int v)
{
  struct node *n = malloc (sizeof *n);	/* { dg-message "malloc\\(16\\) escapes to heap" } */
  n->next = 0;
  n->val = v;
  append (head, n);
}

int
count_local (void)
{
  struct node c = { 0, 3 };
  struct node b = { &c, 2 };
  struct node a = { &b, 1 };
  return length (&a);
}

int
count_new (void)
{
  struct node *n = calloc (1, sizeof *n);	/* { dg-message "calloc\\(1, 16\\) does not escape" } */
  int r = length (n);
  free (n);
  return r;
}
