/* Blocks stored in globals (pointer, struct field, array element) escape: stay on the heap.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m" } */
#include <stdlib.h>

static int *gp;
static struct { int *q; int n; } gs;
static int *garr[4];
static int *volatile gv;

static void
set_global (int v)
{
  int *p = malloc (sizeof (int));	/* { dg-message "malloc\\(4\\) escapes to heap" } */
  *p = v;
  gp = p;
}

static void
set_field (int v)
{
  gs.q = malloc (16);	/* { dg-message "malloc\\(16\\) escapes to heap" } */
  gs.q[0] = v;
  gs.n = 1;
}

static void
set_array (int i, int v)
{
  int *p = calloc (1, sizeof (int));	/* { dg-message "calloc\\(1, 4\\) escapes to heap" } */
  *p = v;
  garr[i & 3] = p;
}

static int
set_then_clear (int v)
{
  int *p = malloc (sizeof (int));	/* { dg-message "malloc\\(4\\) escapes to heap" } */
  *p = v;
  gv = p;
  int r = *gv;
  gv = 0;
  free (p);
  return r;
}

static int
clobber (int n)
{
  volatile int buf[256];
  for (int i = 0; i < 256; i++)
    buf[i] = -n;
  return buf[n & 255];
}

int
main (void)
{
  set_global (11);
  set_field (22);
  set_array (1, 33);
  clobber (5);
  if (*gp != 11 || gs.q[0] != 22 || *garr[1] != 33)
    abort ();
  if (set_then_clear (44) != 44)
    abort ();
  free (gp);
  free (gs.q);
  free (garr[1]);
  return 0;
}
