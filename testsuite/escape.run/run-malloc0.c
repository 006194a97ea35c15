/* malloc(0) and zero-sized variable requests moved to the stack give distinct non-NULL
   pointers that can be freed.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m" } */
#include <stdlib.h>

static int
zero (void)
{
  char *a = malloc (0);	/* { dg-message "moved to stack: malloc\\(0\\)" } */
  char *b = malloc (0);	/* { dg-message "moved to stack: malloc\\(0\\)" } */
  char *c = calloc (0, 8);	/* { dg-message "moved to stack: calloc\\(0, 8\\)" } */
  int ok = a != 0 && b != 0 && a != b && c != a && c != b;
  free (a);
  free (b);
  free (c);
  return ok;
}

static int
zero_var (size_t n)
{
  char *a = malloc (n);	/* { dg-message "moved to stack: malloc\\(n\\)" } */
  char *b = malloc (n);	/* { dg-message "moved to stack: malloc\\(n\\)" } */
  int ok = a != 0 && b != 0 && a != b;
  free (b);
  free (a);
  return ok;
}

int
main (void)
{
  for (int i = 0; i < 1000; i++)
    if (!zero () || !zero_var (0))
      abort ();
  return 0;
}
