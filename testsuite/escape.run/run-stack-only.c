/* An allocation assigned to a stack_only variable moves to the stack (the
   assertion holds, so the compile succeeds) and the program behaves as before.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m" } */
#include <stdlib.h>
#include <string.h>

static int
checksum (const char *s)	/* { dg-message "s does not escape" } */
{
  char *copy __attribute__ ((stack_only)) = malloc (256);	/* { dg-message "moved to stack: malloc\\(256\\)" } */
  strncpy (copy, s, 255);
  copy[255] = 0;
  int sum = 0;
  for (char *c = copy; *c; c++)
    sum = sum * 31 + *c;
  free (copy);
  return sum;
}

int
main (void)
{
  int total = 0;
  for (int i = 0; i < 100000; i++)
    total += checksum ("stack only") & 1;
  if (checksum ("ab") != 'a' * 31 + 'b' || total != 0)
    abort ();
  return 0;
}
