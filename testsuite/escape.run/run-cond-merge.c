/* Two allocations merged by ?: and freed once through the merged pointer: both moved.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m" } */
#include <stdlib.h>
#include <string.h>

static int
pick (int c)
{
  int *p = c
    ? malloc (16)	/* { dg-message "moved to stack: malloc\\(16\\)" } */
    : malloc (64);	/* { dg-message "moved to stack: malloc\\(64\\)" } */
  int n = c ? 4 : 16;
  for (int i = 0; i < n; i++)
    p[i] = i + c;
  int s = 0;
  for (int i = 0; i < n; i++)
    s += p[i];
  free (p);
  return s;
}

static int
pick_if (int c)
{
  char *p;
  if (c)
    p = calloc (8, 1);	/* { dg-message "moved to stack: calloc\\(8, 1\\)" } */
  else
    p = strdup ("zz");	/* { dg-message "moved to stack: strdup\\(\\.\\.\\.\\)" } */
  int r = p[0] + p[1];
  free (p);
  return r;
}

int
main (void)
{
  if (pick (1) != 10)
    abort ();
  if (pick (0) != 120)
    abort ();
  if (pick_if (1) != 0)
    abort ();
  if (pick_if (0) != 2 * 'z')
    abort ();
  return 0;
}
