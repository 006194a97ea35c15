/* A site in a loop whose pointer is stored into an array declared outside the loop stays on
   the heap (every element would share one stack object otherwise).  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m=2" } */
#include <stdlib.h>

static long
fill (int n)
{
  int *arr[16];
  for (int i = 0; i < 16; i++)
    {
      arr[i] = malloc (sizeof (int));	/* { dg-message "malloc\\(4\\) does not escape" } */
      /* { dg-message "  not moved to stack: live across loop iterations" "" { target *-*-* } 13 } */
      *arr[i] = i * n;
    }
  long s = 0;
  for (int i = 0; i < 16; i++)
    {
      if (*arr[i] != i * n)
	abort ();
      s += *arr[i];
      free (arr[i]);
    }
  return s;
}

struct bag { char *items[8]; int n; };

static int
bag (void)
{
  struct bag b;
  b.n = 0;
  while (b.n < 8)
    {
      char *s = calloc (2, 1);	/* { dg-message "calloc\\(2, 1\\) does not escape" } */
      /* { dg-message "  not moved to stack: live across loop iterations" "" { target *-*-* } 37 } */
      s[0] = (char) ('a' + b.n);
      b.items[b.n++] = s;
    }
  int ok = 1;
  for (int i = 0; i < 8; i++)
    {
      ok &= b.items[i][0] == 'a' + i && b.items[i][1] == 0;
      free (b.items[i]);
    }
  return ok;
}

int
main (void)
{
  if (fill (3) != 3 * 120)
    abort ();
  if (!bag ())
    abort ();
  return 0;
}
