/* qsort, qsort_r and bsearch call nothing but the function they are given:
   with a comparator of this file, the array reaches only the comparator's
   parameters (and bsearch's result), and the call graph counts the call of
   the comparator.  A comparator that keeps its argument leaks the array; one
   given through a variable, or defined elsewhere, may do anything; one that
   calls back the sorting function makes a recursion.  */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m=2" } */
#include <stdlib.h>

static int
by_value (const void *a, const void *b)	/* { dg-message "a does not escape" } */
/* { dg-message "b does not escape" "" { target *-*-* } 11 } */
{
  return *(const int *) a - *(const int *) b;
}

const void *last_seen;

static int
keeping (const void *a, const void *b)	/* { dg-message "leaking param: a" } */
/* { dg-message "b does not escape" "" { target *-*-* } 20 } */
/* { dg-message "  flow: \\{heap\\} = a:" "" { target *-*-* } 20 } */
/* { dg-message "    from last_seen = a \\(assign\\) at \\S*lib-qsort\\.c:25:13" "" { target *-*-* } 20 } */
{
  last_seen = a;
  return *(const int *) a - *(const int *) b;
}

int
sort_local (void)
{
  int *v = malloc (4 * sizeof *v);	/* { dg-message "moved to stack: malloc\\(16\\)" } */
  for (int i = 0; i < 4; i++)
    v[i] = 4 - i;
  qsort (v, 4, sizeof *v, by_value);
  int r = v[0];
  free (v);
  return r;
}

int
sort_kept (void)
{
  int *v = malloc (4 * sizeof *v);	/* { dg-message "malloc\\(16\\) escapes to heap" } */
  /* { dg-message "  flow: v = &malloc\\(16\\):" "" { target *-*-* } 44 } */
  /* { dg-message "    from v = malloc\\(16\\) \\(call result\\) at \\S*lib-qsort\\.c:44:12" "" { target *-*-* } 44 } */
  /* { dg-message "  flow: \\{heap\\} = v:" "" { target *-*-* } 44 } */
  /* { dg-message "    from qsort\\(v, 4, 4, &\\.\\.\\.\\) \\(call argument\\) at \\S*lib-qsort\\.c:51:3" "" { target *-*-* } 44 } */
  for (int i = 0; i < 4; i++)
    v[i] = i;
  qsort (v, 4, sizeof *v, keeping);
  int r = v[0];
  free (v);
  return r;
}

int (*chosen) (const void *, const void *) = by_value;

int
sort_through_variable (void)
{
  int *v = malloc (4 * sizeof *v);	/* { dg-message "malloc\\(16\\) escapes to heap" } */
  /* { dg-message "  flow: v = &malloc\\(16\\):" "" { target *-*-* } 62 } */
  /* { dg-message "    from v = malloc\\(16\\) \\(call result\\) at \\S*lib-qsort\\.c:62:12" "" { target *-*-* } 62 } */
  /* { dg-message "  flow: \\{heap\\} = v:" "" { target *-*-* } 62 } */
  /* { dg-message "    from qsort\\(v, 4, 4, chosen\\) \\(call argument\\) at \\S*lib-qsort\\.c:69:3" "" { target *-*-* } 62 } */
  for (int i = 0; i < 4; i++)
    v[i] = i;
  qsort (v, 4, sizeof *v, chosen);
  int r = v[0];
  free (v);
  return r;
}

int sort_again (int);

static int
reentering (const void *a, const void *b)	/* { dg-message "a does not escape" } */
/* { dg-message "b does not escape" "" { target *-*-* } 78 } */
{
  return sort_again (*(const int *) a) - *(const int *) b;
}

int
sort_again (int n)
{
  if (n <= 0)
    return 0;
  int *v = malloc (2 * sizeof *v);	/* { dg-message "malloc\\(8\\) does not escape" } */
  /* { dg-message "  not moved to stack: recursive frame budget exhausted \\(0 \\+ 16 > 0\\)" "" { target *-*-* } 89 } */
  v[0] = n - 1;
  v[1] = n - 2;
  qsort (v, 2, sizeof *v, reentering);
  int r = v[0];
  free (v);
  return r;
}

int *found;

int
search (int key, int keep)
{
  int *v = malloc (3 * sizeof *v);	/* { dg-message "malloc\\(12\\) escapes to heap" } */
  /* { dg-message "  flow: v = &malloc\\(12\\):" "" { target *-*-* } 104 } */
  /* { dg-message "    from v = malloc\\(12\\) \\(call result\\) at \\S*lib-qsort\\.c:104:12" "" { target *-*-* } 104 } */
  /* { dg-message "  flow: p = v:" "" { target *-*-* } 104 } */
  /* { dg-message "    from p = bsearch\\(&key, v, 3, 4, &\\.\\.\\.\\) \\(call result\\) at \\S*lib-qsort\\.c:113:12" "" { target *-*-* } 104 } */
  /* { dg-message "  flow: \\{heap\\} = p:" "" { target *-*-* } 104 } */
  /* { dg-message "    from found = p \\(assign\\) at \\S*lib-qsort\\.c:116:11" "" { target *-*-* } 104 } */
  for (int i = 0; i < 3; i++)
    v[i] = 2 * i;
  int *p = bsearch (&key, v, 3, sizeof *v, by_value);
  int r = p ? *p : -1;
  if (keep)
    found = p;
  else
    free (v);
  return r;
}

int
search_local (int key)
{
  int *v = malloc (3 * sizeof *v);	/* { dg-message "moved to stack: malloc\\(12\\)" } */
  for (int i = 0; i < 3; i++)
    v[i] = 2 * i;
  int *p = bsearch (&key, v, 3, sizeof *v, by_value);
  int r = p ? *p : -1;
  free (v);
  return r;
}
