/* -fsanitize=address with -fplugin-arg-escape-promote-sanitized: the bytes of a
   promoted block are exactly those the program asked for, so ASan reports an overflow
   of one byte, as stack-buffer-overflow naming the object and the line of the
   allocation for a constant size, as dynamic-stack-buffer-overflow for a variable
   one, where the heap build reports heap-buffer-overflow.  */
/* { dg-options "-fsanitize=address -fplugin-arg-escape-promote -fplugin-arg-escape-promote-sanitized -fplugin-arg-escape-m" } */
/* { dg-final { escape-both-detect "constant" "ERROR: AddressSanitizer: heap-buffer-overflow" "ERROR: AddressSanitizer: stack-buffer-overflow(.|\n)*'escape_stack\[^'\]*' \\(line 19\\) <== Memory access at offset \[0-9\]+ overflows this variable" } } */
/* { dg-final { escape-both-detect "variable" "ERROR: AddressSanitizer: heap-buffer-overflow" "ERROR: AddressSanitizer: dynamic-stack-buffer-overflow" } } */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* How far past the block the program writes.  */
static size_t overflow;

__attribute__ ((noipa)) static int
fill_constant (void)
{
  char *p = malloc (40);	/* { dg-message "moved to stack: malloc\\(40\\)" } */
  if (!p)
    return -1;
  int r = *(char *) memset (p, 'A', 40 + overflow);
  free (p);
  return r;
}

__attribute__ ((noipa)) static int
fill_variable (size_t n)
{
  char *p = malloc (n);		/* { dg-message "moved to stack: malloc\\(n\\)" } */
  if (!p)
    return -1;
  int r = *(char *) memset (p, 'A', n + overflow);
  free (p);
  return r;
}

int
main (int argc, char **argv)	/* { dg-message "argv does not escape" } */
{
  if (argc != 3)
    return 2;
  overflow = !strcmp (argv[1], "bad");
  printf ("%d\n", strcmp (argv[2], "constant") ? fill_variable (40) : fill_constant ());
  return 0;
}
