/* -m reports for summarized and recursive calls do not change the object code.  */
/* { dg-options "-fplugin-arg-escape-m" } */

#include <stdlib.h>

struct list
{
  struct list *next;
  int *data;
};

static struct list *all;

static void
push (struct list *l)		/* { dg-message "leaking param: l" } */
{
  l->next = all;
  all = l;
}

static int
total (const struct list *l)	/* { dg-message "l does not escape" } */
{
  return l ? *l->data + total (l->next) : 0;
}

int
build (int n)
{
  static int one = 1;
  for (int i = 0; i < n; i++)
    {
      struct list *l = malloc (sizeof *l);	/* { dg-message "malloc\\(16\\) escapes to heap" } */
      if (!l)
	abort ();
      l->data = &one;
      push (l);
    }
  return total (all);
}

int
local_total (void)
{
  int v = 7;
  struct list tail = { 0, &v };
  struct list head = { &tail, &v };
  return total (&head);
}

/* { dg-final { escape-same-code-without-m } } */
