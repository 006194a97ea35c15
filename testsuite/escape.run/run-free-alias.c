/* Blocks freed through aliases and pointer casts: moved, and the frees are removed.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m" } */
#include <stdlib.h>
#include <stdint.h>

struct s { int a; int b[3]; };

static int
alias (int v)
{
  int *p = malloc (16);	/* { dg-message "moved to stack: malloc\\(16\\)" } */
  int *q = p;
  q[1] = v;
  int r = p[1];
  int *r2 = q;
  free (r2);
  return r;
}

static int
cast (int v)
{
  struct s *p = malloc (sizeof *p);	/* { dg-message "moved to stack: malloc\\(16\\)" } */
  p->a = v;
  p->b[2] = v * 3;
  char *c = (char *) p;
  int r = ((struct s *) c)->a + p->b[2];
  void *vp = c;
  free (vp);
  return r;
}

static int
interior (int v)
{
  char *p = malloc (64);	/* { dg-message "moved to stack: malloc\\(64\\)" } */
  char *q = p + 8;
  for (int i = 0; i < 56; i++)
    q[i] = (char) (v + i);
  int r = p[8] + p[63];
  free (q - 8);
  return r;
}

static int
via_local_memory (int v)
{
  long *p = malloc (sizeof (long));	/* { dg-message "moved to stack: malloc\\(8\\)" } */
  long *slot[1];
  slot[0] = p;
  *slot[0] = v;
  long *back = slot[0];
  int r = (int) *back;
  free (back);
  return r;
}

int
main (void)
{
  for (int i = 0; i < 10000; i++)
    {
      if (alias (i) != i)
	abort ();
      if (cast (i) != 4 * i)
	abort ();
      if (interior (i & 31) != 2 * (i & 31) + 55)
	abort ();
      if (via_local_memory (i) != i)
	abort ();
    }
  return 0;
}
