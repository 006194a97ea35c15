/* The scanf family reads its string (or stream) and format and stores what it
   parses through the arguments past the format: those do not escape, and a block
   they point to may move to the stack.  A pointer scanf makes of text (%p) is
   unknown memory, not the block it is stored into.  The string's bytes may be
   copied (%s): a block of pointers given as the string moves, the blocks it
   points to stay on the heap.  */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m" } */
#include <stdio.h>
#include <stdlib.h>

int
two_numbers (const char *s)	/* { dg-message "s does not escape" } */
{
  int *v = malloc (2 * sizeof *v);	/* { dg-message "moved to stack: malloc\\(8\\)" } */
  int r = sscanf (s, "%d %d", &v[0], &v[1]) == 2 ? v[0] + v[1] : -1;
  free (v);
  return r;
}

int
word (FILE *f)			/* { dg-message "f does not escape" } */
{
  char *w = malloc (64);	/* { dg-message "moved to stack: malloc\\(64\\)" } */
  int r = fscanf (f, "%63s", w) == 1 ? w[0] : -1;
  free (w);
  return r;
}

void *parsed;

void
pointer_from_text (const char *s)	/* { dg-message "s does not escape" } */
{
  void **slot = malloc (sizeof *slot);	/* { dg-message "moved to stack: malloc\\(8\\)" } */
  if (sscanf (s, "%p", slot) == 1)
    parsed = *slot;
  free (slot);
}

int
pointers_as_text (void)
{
  char **table = malloc (2 * sizeof *table);	/* { dg-message "moved to stack: malloc\\(16\\)" } */
  char *one = malloc (8);	/* { dg-message "malloc\\(8\\) does not escape" } */
  table[0] = one;
  table[1] = 0;
  int n = 0;
  sscanf ((char *) table, "%d", &n);
  free (one);
  free (table);
  return n;
}
