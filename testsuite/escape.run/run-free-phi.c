/* Blocks freed through PHIs (merged pointers, loop cursors): moved, frees removed.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m" } */
#include <stdlib.h>
#include <string.h>

static int
swap_free (int c)
{
  int *p = malloc (16);	/* { dg-message "moved to stack: malloc\\(16\\)" } */
  int *q = malloc (32);	/* { dg-message "moved to stack: malloc\\(32\\)" } */
  p[0] = 1;
  q[0] = 2;
  int *first = c ? p : q;
  int *second = c ? q : p;
  int r = first[0] * 10 + second[0];
  free (first);
  free (second);
  return r;
}

static size_t
cursor (const char *s)	/* { dg-message "s does not escape" } */
{
  size_t n = strlen (s);
  char *buf = malloc (128);	/* { dg-message "moved to stack: malloc\\(128\\)" } */
  char *cur = buf;
  for (size_t i = 0; i < n && i < 127; i++)
    *cur++ = s[i];
  *cur = 0;
  size_t len = (size_t) (cur - buf);
  if (strcmp (buf, s) != 0)
    abort ();
  free (cur - len);
  return len;
}

static int
maybe_null (int c)
{
  int *p = c ? malloc (sizeof (int)) : 0;	/* { dg-message "moved to stack: malloc\\(4\\)" } */
  int r = 0;
  if (p)
    {
      *p = c;
      r = *p;
    }
  free (p);
  return r;
}

int
main (void)
{
  if (swap_free (1) != 12 || swap_free (0) != 21)
    abort ();
  if (cursor ("hello") != 5 || cursor ("") != 0)
    abort ();
  if (maybe_null (0) != 0 || maybe_null (7) != 7)
    abort ();
  return 0;
}
