/* Blocks stored through out-parameters escape and stay on the heap.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m" } */
#include <stdlib.h>
#include <string.h>

static int
make (int **out, int v)	/* { dg-message "out does not escape" } */
{
  *out = malloc (4 * sizeof (int));	/* { dg-message "malloc\\(16\\) escapes to heap" } */
  for (int i = 0; i < 4; i++)
    (*out)[i] = v + i;
  return 0;
}

static void
fill (char **pp, size_t n)	/* { dg-message "pp does not escape" } */
{
  char *p = calloc (n, 1);	/* { dg-message "calloc\\(n, 1\\) escapes to heap" } */
  memset (p, 'q', n - 1);
  *pp = p;
}

struct out { char *name; };

static void
name_it (struct out *o, const char *s)	/* { dg-message "o does not escape" } */
  /* { dg-message "s does not escape" "" { target *-*-* } 27 } */
{
  o->name = strdup (s);	/* { dg-message "strdup\\(s\\) escapes to heap" } */
}

static int
clobber (int n)
{
  volatile int buf[512];
  for (int i = 0; i < 512; i++)
    buf[i] = -n;
  return buf[n & 511];
}

int
main (void)
{
  int *a;
  char *b;
  struct out o;
  make (&a, 5);
  fill (&b, 10);
  name_it (&o, "named");
  clobber (9);
  if (a[0] != 5 || a[3] != 8)
    abort ();
  if (strcmp (b, "qqqqqqqqq") != 0)
    abort ();
  if (strcmp (o.name, "named") != 0)
    abort ();
  free (a);
  free (b);
  free (o.name);
  return 0;
}
