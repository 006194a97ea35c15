/* GNU C nested functions: a function that defines nested functions is analysed conservatively (everything escapes: its pointer parameters leak, its allocations escape, the variables the nested functions reach through the static chain and its other address-taken locals escape), and so is each nested function.  */
/* { dg-options "-fplugin-arg-escape-m" } */

#include <stdlib.h>

int *g;

static void
apply (void (*fn) (int), int n)	/* { dg-message "fn does not escape" } */
{
  for (int i = 0; i < n; i++)
    fn (i);
}

int
sum_nested (int *p, int n)	/* { dg-message "leaking param: p" } */
  /* { dg-message "&p escapes to heap" "" { target *-*-* } 16 } */
{
  int total = 0;		/* { dg-message "&total escapes to heap" } */
  void add (int i) { total += p[i]; }
  apply (add, n);
  return total;
}

int
called_directly (int *q)	/* { dg-message "leaking param: q" } */
  /* { dg-message "&q escapes to heap" "" { target *-*-* } 26 } */
{
  int base = 1;			/* { dg-message "&base escapes to heap" } */
  int get (void) { return base + *q; }
  return get ();
}

int
captured_alloc (int v)
{
  int *m = malloc (sizeof (int));	/* { dg-message "malloc\\(4\\) escapes to heap" } */
  /* { dg-message "&m escapes to heap" "" { target *-*-* } 37 } */
  if (!m)
    return 0;
  int read (void) { return *m; }
  *m = v;
  int r = read ();
  free (m);
  return r;
}

int
unrelated_in_parent (int *s)	/* { dg-message "leaking param: s" } */
{
  int x = 0;			/* { dg-message "&x escapes to heap" } */
  int *px = &x;
  int *a = malloc (sizeof (int));	/* { dg-message "malloc\\(4\\) escapes to heap" } */
  int k = 3;			/* { dg-message "&k escapes to heap" } */
  int three (void) { return k; }
  if (!a)
    return 0;
  *a = *s + *px;
  int r = *a + three ();
  free (a);
  return r;
}

int
via_trampoline (int *s, int n)	/* { dg-message "leaking param: s" } */
{
  int x = 0;			/* { dg-message "&x escapes to heap" } */
  int *px = &x;
  int *a = malloc (sizeof (int));	/* { dg-message "malloc\\(4\\) escapes to heap" } */
  int k = 3;			/* { dg-message "&k escapes to heap" } */
  void bump (int i) { k += i; }
  apply (bump, n);
  if (!a)
    return 0;
  *a = *s + *px;
  int r = *a + k;
  free (a);
  return r;
}

int
inside_nested (int n)
{
  int acc = 0;			/* { dg-message "&acc escapes to heap" } */
  void step (int *out)		/* { dg-message "leaking param: out" } */
  {
    int *t = malloc (sizeof (int));	/* { dg-message "malloc\\(4\\) escapes to heap" } */
    if (!t)
      return;
    *t = acc;
    *out = *t + 1;
    free (t);
  }
  for (int i = 0; i < n; i++)
    step (&acc);
  return acc;
}

int
no_nested (int *u)		/* { dg-message "u does not escape" } */
{
  int t = *u;			/* { dg-bogus "escape" } */
  int *pt = &t;
  int *b = malloc (sizeof (int));	/* { dg-message "malloc\\(4\\) does not escape" } */
  if (!b)
    return 0;
  *b = *pt;
  int r = *b;
  free (b);
  return r;
}
