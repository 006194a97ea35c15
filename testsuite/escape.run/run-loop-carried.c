/* A block kept from one loop iteration to the next is not moved; results stay right.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m" } */
#include <stdlib.h>

static long
prev_sum (int n)
{
  int *old = 0;
  long s = 0;
  for (int i = 0; i < n; i++)
    {
      int *p = malloc (sizeof (int));	/* { dg-message "malloc\\(4\\) does not escape" } */
      *p = i;
      if (old)
	{
	  s += *old * 2 - *p;
	  free (old);
	}
      old = p;
    }
  if (old)
    {
      s += *old;
      free (old);
    }
  return s;
}

static long
prev_sum_ref (int n)
{
  long s = 0;
  for (int i = 1; i < n; i++)
    s += (i - 1) * 2 - i;
  if (n > 0)
    s += n - 1;
  return s;
}

struct node { int v; struct node *next; };

static long
list (int n)
{
  struct node *head = 0;
  for (int i = 0; i < n; i++)
    {
      struct node *e = malloc (sizeof *e);	/* { dg-message "malloc\\(16\\) does not escape" } */
      e->v = i;
      e->next = head;
      head = e;
    }
  long s = 0;
  int expect = n - 1;
  while (head)
    {
      struct node *next = head->next;
      if (head->v != expect--)
	abort ();
      s += head->v;
      free (head);
      head = next;
    }
  return s;
}

static int
every_other (int n)
{
  char *keep = 0;
  int s = 0;
  for (int i = 0; i < n; i++)
    {
      char *p = malloc (8);	/* { dg-message "malloc\\(8\\) does not escape" } */
      p[0] = (char) i;
      if (i % 2 == 0)
	{
	  free (keep);
	  keep = p;
	}
      else
	{
	  s += keep[0] + p[0];
	  free (p);
	}
    }
  free (keep);
  return s;
}

int
main (void)
{
  for (int n = 0; n < 50; n++)
    if (prev_sum (n) != prev_sum_ref (n))
      abort ();
  if (list (1000) != 999L * 1000 / 2)
    abort ();
  /* pairs (0,1) (2,3) ... (98,99): sum of all 0..99.  */
  if (every_other (100) != 4950)
    abort ();
  return 0;
}
