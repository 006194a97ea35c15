/* Blocks that are never freed (leaked) but never escape move to the stack; called often.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m" } */
#include <stdlib.h>
#include <string.h>

static int
leaky (int v)
{
  int *p = malloc (1024);	/* { dg-message "moved to stack: malloc\\(1024\\)" } */
  memset (p, 0, 1024);
  p[255] = v;
  p[0] = v * 2;
  return p[0] + p[255] + p[100];
}

static size_t
leaky_var (size_t n)
{
  char *s = calloc (n, 1);	/* { dg-message "moved to stack: calloc\\(n, 1\\)" } */
  size_t z = 0;
  for (size_t i = 0; i < n; i++)
    z += s[i] == 0;
  return z;
}

int
main (void)
{
  /* 1 GiB if these stayed on the heap and leaked; nothing once on the stack.  */
  for (int i = 0; i < 1000000; i++)
    if (leaky (i) != 3 * i)
      abort ();
  for (size_t n = 1; n < 3000; n++)
    if (leaky_var (n) != n)
      abort ();
  return 0;
}
