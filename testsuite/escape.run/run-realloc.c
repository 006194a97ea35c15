/* realloc'd blocks are never moved: the original escapes into realloc, the result stays
   on the heap.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m" } */
#include <stdlib.h>
#include <string.h>

static int
grow (int n)
{
  int *p = malloc (4 * sizeof (int));	/* { dg-message "malloc\\(16\\) escapes to heap" } */
  for (int i = 0; i < 4; i++)
    p[i] = i;
  int *q = realloc (p, 64 * sizeof (int));	/* { dg-message "realloc\\(p, 256\\) does not escape" } */
  if (!q)
    abort ();
  for (int i = 4; i < 64; i++)
    q[i] = i;
  int s = 0;
  for (int i = 0; i < 64; i++)
    s += q[i];
  free (q);
  return s + n;
}

static size_t
append (const char *a, const char *b)	/* { dg-message "a does not escape" } */
  /* { dg-message "b does not escape" "" { target *-*-* } 27 } */
{
  char *s = strdup (a);	/* { dg-message "strdup\\(a\\) escapes to heap" } */
  size_t la = strlen (s), lb = strlen (b);
  s = realloc (s, la + lb + 1);	/* { dg-message "realloc\\(s, \\.\\.\\.\\) does not escape" } */
  memcpy (s + la, b, lb + 1);
  size_t r = strlen (s);
  if (strncmp (s, a, la) != 0 || strcmp (s + la, b) != 0)
    abort ();
  free (s);
  return r;
}

static int
loop_grow (int n)
{
  int cap = 1;
  int *v = malloc (sizeof (int));	/* { dg-message "malloc\\(4\\) escapes to heap" } */
  for (int i = 0; i < n; i++)
    {
      if (i == cap)
	{
	  cap *= 2;
	  v = realloc (v, cap * sizeof (int));	/* { dg-message "realloc\\(v, \\.\\.\\.\\) escapes to heap" } */
	}
      v[i] = i;
    }
  int s = 0;
  for (int i = 0; i < n; i++)
    s += v[i];
  free (v);
  return s;
}

int
main (void)
{
  if (grow (1) != 63 * 64 / 2 + 1)
    abort ();
  if (append ("foo", "barbaz") != 9)
    abort ();
  if (loop_grow (1000) != 999 * 1000 / 2)
    abort ();
  return 0;
}
