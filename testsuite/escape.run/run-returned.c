/* Returned blocks (directly, via a struct, via a helper) escape and stay on the heap.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m" } */
#include <stdlib.h>
#include <string.h>

struct box { int *p; };

static int *
make (int v)
{
  int *p = malloc (sizeof (int));	/* { dg-message "malloc\\(4\\) escapes to heap" } */
  *p = v;
  return p;
}

static struct box
make_box (int v)
{
  struct box b;
  b.p = malloc (2 * sizeof (int));	/* { dg-message "malloc\\(8\\) escapes to heap" } */
  b.p[0] = v;
  b.p[1] = v + 1;
  return b;
}

static char *
copy (const char *s)	/* { dg-message "s does not escape" } */
{
  char *d = strdup (s);	/* { dg-message "strdup\\(s\\) escapes to heap" } */
  return d;
}

static void *
cond_ret (int c)
{
  void *p = malloc (32);	/* { dg-message "malloc\\(32\\) escapes to heap" } */
  memset (p, c, 32);
  if (c)
    return p;
  free (p);
  return 0;
}

static int
clobber (int n)
{
  volatile char buf[512];
  for (int i = 0; i < 512; i++)
    buf[i] = (char) (n + i);
  return buf[n % 512];
}

int
main (void)
{
  int *a = make (3);
  int *b = make (4);
  struct box bx = make_box (9);
  char *s = copy ("escape");
  unsigned char *c = cond_ret (0x5a);
  clobber (1);
  clobber (2);
  if (*a != 3 || *b != 4 || bx.p[0] != 9 || bx.p[1] != 10)
    abort ();
  if (strcmp (s, "escape") != 0 || c == 0 || c[0] != 0x5a || c[31] != 0x5a)
    abort ();
  if (cond_ret (0) != 0)
    abort ();
  free (a);
  free (b);
  free (bx.p);
  free (s);
  free (c);
  return 0;
}
