/* Two mutually recursive functions that each copy what they are given into a
   block of their own, pass the copy down and free it: the blocks they are given
   are read, never freed (freeing a block frees none of the blocks it points
   to), so under a recursive budget both sites move to the stack, and the
   program behaves as before.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m -fplugin-arg-escape-recursive-budget=64" } */
#include <stdlib.h>
#include <string.h>

int odd (int, const char *);

int
even (int n, const char *s)	/* { dg-message "s does not escape" } */
{
  if (n == 0)
    return s[0];
  char *b = malloc (8);		/* { dg-message "moved to stack: malloc\\(8\\)" } */
  memcpy (b, s, 8);
  b[n % 8]++;
  int r = odd (n - 1, b);
  free (b);
  return r;
}

int
odd (int n, const char *s)	/* { dg-message "s does not escape" } */
{
  if (n == 0)
    return s[1];
  char *b = malloc (8);		/* { dg-message "moved to stack: malloc\\(8\\)" } */
  memcpy (b, s, 8);
  b[n % 8] += 2;
  int r = even (n - 1, b);
  free (b);
  return r;
}

int
main (void)
{
  char start[8] = { 0 };
  int a = even (1000, start), b = odd (999, start);
  /* Each call of even adds 1, each of odd 2, at b[n % 8]; both chains end
     in even (0), which returns s[0]: the steps with n % 8 == 0, all in even,
     n = 1000, 992, ..., 8 (125) from even (1000), n = 992, ..., 8 (124) from
     odd (999).  */
  if (a != 125 || b != 124)
    abort ();
  return 0;
}
