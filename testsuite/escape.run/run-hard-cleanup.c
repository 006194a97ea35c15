/* __attribute__((cleanup)) on malloc'd pointers: a block the cleanup function frees (directly, through a helper, or in a loop body) stays on the heap; a block the cleanup only reads moves to the stack, and the cleanup still sees its contents; a block stored in a global escapes.  The program checks the results.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m=2" } */

#include <stdlib.h>
#include <string.h>

int seen;
int *kept;

static void
free_int (int **pp)		/* { dg-message "pp does not escape" } */
{
  free (*pp);
}

static void
free_str (char **sp)		/* { dg-message "sp does not escape" } */
{
  free (*sp);
}

static void
release (void *q)		/* { dg-message "q does not escape" } */
{
  free (q);
}

static void
free_via (int **pp)		/* { dg-message "pp does not escape" } */
{
  release (*pp);
}

static void
observe (int **pp)		/* { dg-message "pp does not escape" } */
{
  seen += **pp;
}

static void
free_if_set (int **pp)		/* { dg-message "pp does not escape" } */
{
  if (*pp)
    free (*pp);
  *pp = 0;
}

int
sum (int n)
{
  __attribute__ ((cleanup (free_int))) int *p = malloc (4 * sizeof (int));	/* { dg-message "malloc\\(16\\) does not escape" } */
  /* { dg-message "  not moved to stack: freed in callee free_int" "" { target *-*-* } 52 } */
  if (!p)
    return -1;
  for (int i = 0; i < 4; i++)
    p[i] = n + i;
  return p[0] + p[1] + p[2] + p[3];
}

size_t
dup_len (const char *s)		/* { dg-message "s does not escape" } */
{
  __attribute__ ((cleanup (free_str))) char *d = strdup (s);	/* { dg-message "strdup\\(s\\) does not escape" } */
  /* { dg-message "  not moved to stack: freed in callee free_str" "" { target *-*-* } 64 } */
  return strlen (d);
}

int
indirect (int v)
{
  __attribute__ ((cleanup (free_via))) int *p = malloc (sizeof (int));	/* { dg-message "malloc\\(4\\) does not escape" } */
  /* { dg-message "  not moved to stack: freed in callee free_via" "" { target *-*-* } 72 } */
  if (!p)
    return -1;
  *p = v;
  return *p + 1;
}

int
observed (int v)
{
  __attribute__ ((cleanup (observe))) int *p = malloc (sizeof (int));	/* { dg-message "moved to stack: malloc\\(4\\)" } */
  if (!p)
    return -1;
  *p = v;
  if (v > 10)
    return 0;
  return *p;
}

int
loop (int n)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    {
      __attribute__ ((cleanup (free_if_set))) int *t = malloc (sizeof (int));	/* { dg-message "malloc\\(4\\) does not escape" } */
      /* { dg-message "  not moved to stack: freed in callee free_if_set" "" { target *-*-* } 98 } */
      if (!t)
	return -1;
      *t = i;
      s += *t;
    }
  return s;
}

void
keep_it (int v)
{
  __attribute__ ((cleanup (free_int))) int *p = malloc (sizeof (int));	/* { dg-message "malloc\\(4\\) escapes to heap" } */
  /* { dg-message "  flow: p = &malloc\\(4\\):" "" { target *-*-* } 111 } */
  /* { dg-message "    from malloc\\(4\\) \\(call result\\) at \[^\n\]*:111:\[0-9\]+" "" { target *-*-* } 111 } */
  /* { dg-message "    from p = malloc\\(4\\) \\(assign\\) at \[^\n\]*:111:\[0-9\]+" "" { target *-*-* } 111 } */
  /* { dg-message "  flow: \\{heap\\} = p:" "" { target *-*-* } 111 } */
  /* { dg-message "    from kept = p \\(assign\\) at \[^\n\]*:120:\[0-9\]+" "" { target *-*-* } 111 } */
  if (!p)
    return;
  *p = v;
  kept = p;
  p = 0;
}

int
main (void)
{
  if (sum (1) != 10)
    abort ();
  if (dup_len ("hello") != 5)
    abort ();
  if (indirect (4) != 5)
    abort ();
  if (observed (3) != 3 || seen != 3)
    abort ();
  if (observed (20) != 0 || seen != 23)
    abort ();
  if (loop (5) != 10)
    abort ();
  keep_it (7);
  if (!kept || *kept != 7)
    abort ();
  free (kept);
  return 0;
}
