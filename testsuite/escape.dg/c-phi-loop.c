/* PHIs from loops: values carried around a loop back edge keep flowing.  */
/* { dg-options "-fplugin-arg-escape-m" } */

struct N { struct N *next; int v; };

int *g;
struct N *gn;

struct N *
last (struct N *n)		/* { dg-message "leaking param: n to result ~r0 level=0" } */
{
  while (n->next)
    n = n->next;
  return n;
}

void
best_to_global (int **a, int n)	/* { dg-message "leaking param content: a" } */
{
  int *best = 0;
  for (int i = 0; i < n; i++)
    if (a[i])
      best = a[i];
  g = best;
}

int
loop_sum (int *p, int n)	/* { dg-message "p does not escape" } */
{
  int s = 0;
  for (int *q = p; q < p + n; q++)
    s += *q;
  return s;
}

void
loop_carry (int *p, int n)	/* { dg-message "leaking param: p" } */
{
  int *q = 0;
  for (int i = 0; i < n; i++)
    q = p + i;
  g = q;
}

void
loop_local_addr (int n)
{
  int a[4];			/* { dg-message "&a escapes to heap" } */
  int *q = a;
  for (int i = 0; i < n && i < 3; i++)
    q++;
  g = q;
}

void
list_tail_to_global (struct N *n)	/* { dg-message "leaking param content: n" } */
{
  struct N *t = n->next;
  while (t && t->next)
    t = t->next;
  gn = t;
}

int
list_length (struct N *n)	/* { dg-message "n does not escape" } */
{
  int k = 0;
  do
    {
      k++;
      n = n->next;
    }
  while (n);
  return k;
}
