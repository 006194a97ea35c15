/* Pointers copied into global memory by memcpy or by struct assignment escape: the
   blocks stay on the heap and are still valid after the function returns.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m" } */
#include <stdlib.h>
#include <string.h>

static int *gp;
struct box { int *p; int n; };
static struct box gb;

static void
by_memcpy (int v)
{
  int *p = malloc (sizeof (int));	/* { dg-message "malloc\\(4\\) escapes to heap" } */
  *p = v;
  memcpy (&gp, &p, sizeof p);
}

static void
by_struct_copy (int v)
{
  struct box local;
  local.p = malloc (sizeof (int));	/* { dg-message "malloc\\(4\\) escapes to heap" } */
  local.n = 1;
  *local.p = v;
  gb = local;
}

static void
by_array_copy (int v)
{
  int *arr[2];
  arr[0] = malloc (sizeof (int));	/* { dg-message "malloc\\(4\\) escapes to heap" } */
  arr[1] = 0;
  *arr[0] = v;
  int **heap = malloc (sizeof arr);	/* { dg-message "malloc\\(16\\) escapes to heap" } */
  memcpy (heap, arr, sizeof arr);
  gb.p = (int *) heap;
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
  by_memcpy (5);
  clobber (1);
  if (*gp != 5)
    abort ();
  by_struct_copy (6);
  clobber (2);
  if (*gb.p != 6 || gb.n != 1)
    abort ();
  free (gb.p);
  by_array_copy (7);
  clobber (3);
  int **h = (int **) gb.p;
  if (*h[0] != 7 || h[1] != 0)
    abort ();
  free (h[0]);
  free (h);
  free (gp);
  return 0;
}
