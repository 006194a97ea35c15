/* The safe neighbour of a function that breaks a promise it is converted to:
   count keeps its parameter's promise without declaring it, so its conversion
   to a pointer type whose function type promises noescape compiles, and a
   block passed through that pointer moves to the stack; the program behaves as
   before.  (The same program with a function that stores its parameter in a
   global is a compile error: attr-noescape-convert.c.)  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m" } */
#include <stdlib.h>
#include <string.h>

typedef void sink_fn (char *) __attribute__ ((noescape (1)));

static size_t total;

static void
count (char *p)	/* { dg-message "p does not escape" } */
{
  total += strlen (p);
}

static void
run (sink_fn *f, int k)	/* { dg-message "f does not escape" } */
{
  char *b = malloc (16);	/* { dg-message "moved to stack: malloc\\(16\\)" } */
  memset (b, 'a', 15);
  b[k % 15] = 0;
  f (b);
  free (b);
}

int
main (void)
{
  size_t expected = 0;
  for (int k = 0; k < 1000; k++)
    {
      run (count, k);
      expected += k % 15;
    }
  if (total != expected)
    abort ();
  return 0;
}
