/* -fplugin-arg-escape-max-size=64: constant sizes above 64 stay on the heap, variable
   sizes switch to the heap above 64.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m -fplugin-arg-escape-max-size=64" } */
#include <stdlib.h>
#include <string.h>

static int
consts (int v)
{
  char *a = malloc (64);	/* { dg-message "moved to stack: malloc\\(64\\)" } */
  char *b = malloc (128);	/* { dg-message "malloc\\(128\\) does not escape" } */
  char *c = calloc (16, 5);	/* { dg-message "calloc\\(16, 5\\) does not escape" } */
  memset (a, v, 64);
  memset (b, v + 1, 128);
  int r = a[63] + b[127] + c[79];
  free (a);
  free (b);
  free (c);
  return r;
}

static long
var (size_t n)
{
  unsigned char *p = malloc (n);	/* { dg-message "moved to stack: malloc\\(n\\)" } */
  for (size_t i = 0; i < n; i++)
    p[i] = (unsigned char) i;
  long s = 0;
  for (size_t i = 0; i < n; i++)
    s += p[i];
  free (p);
  return s;
}

static int
dup (const char *s)	/* { dg-message "s does not escape" } */
{
  char *d = strdup (s);	/* { dg-message "moved to stack: strdup\\(s\\)" } */
  int ok = strcmp (d, s) == 0;
  free (d);
  return ok;
}

int
main (void)
{
  if (consts (1) != 3)
    abort ();
  for (size_t n = 0; n < 300; n++)
    {
      long want = 0;
      for (size_t i = 0; i < n; i++)
	want += (unsigned char) i;
      if (var (n) != want)
	abort ();
    }
  if (!dup ("") || !dup ("short") || !dup ("a string that is a good deal longer than sixty-four bytes in all"))
    abort ();
  return 0;
}
