/* The NULL-check idiom right after malloc (if (!p) return -1;) does not stop promotion.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m" } */
#include <stdlib.h>
#include <string.h>

static int
sum4 (int x)
{
  int *p = malloc (4 * sizeof (int));	/* { dg-message "moved to stack: malloc\\(16\\)" } */
  if (!p)
    return -1;
  for (int i = 0; i < 4; i++)
    p[i] = x + i;
  int s = p[0] + p[1] + p[2] + p[3];
  free (p);
  return s;
}

static int
count_x (size_t n)
{
  char *b = malloc (n);	/* { dg-message "moved to stack: malloc\\(n\\)" } */
  if (b == 0)
    return -1;
  memset (b, 'x', n);
  int c = 0;
  for (size_t i = 0; i < n; i++)
    c += b[i] == 'x';
  free (b);
  return c;
}

static int
two (int v)
{
  long *a = calloc (2, sizeof (long));	/* { dg-message "moved to stack: calloc\\(2, 8\\)" } */
  if (!a)
    return -1;
  long *b = malloc (sizeof (long));	/* { dg-message "moved to stack: malloc\\(8\\)" } */
  if (!b)
    {
      free (a);
      return -1;
    }
  *b = v;
  a[1] = *b + a[0];
  int r = (int) a[1];
  free (b);
  free (a);
  return r;
}

int
main (void)
{
  if (sum4 (10) != 46)
    abort ();
  if (count_x (100) != 100 || count_x (5000) != 5000 || count_x (1) != 1)
    abort ();
  if (two (7) != 7)
    abort ();
  return 0;
}
