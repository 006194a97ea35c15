/* exit runs the handlers atexit registered, and glibc runs those a handler
   registers, also from an exit called in a handler (ISO C leaves calling exit
   twice undefined).  Here nest registers a handler that calls nest and exits:
   a recursion 10000 deep that the call graph does not show, with a 4000-byte
   block in each nest.  glibc declares exit leaf and GCC has it as a builtin,
   but the file registers exit handlers: exit may call back, and nest keeps
   its block on the heap (40 MB of stack otherwise).  Each block is freed
   before exit, but a moved one would still take its place in the frame.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m=2" } */
#include <stdlib.h>

#define DEPTH 10000
#define SIZE 4000

static int level;
static long total;
static int failed;
static void again (void);

static void
nest (int n)
{
  volatile char *p = malloc (SIZE);	/* { dg-message "malloc\\(4000\\) does not escape" } */
  /* { dg-message "  not moved to stack: recursive frame budget exhausted \\(0 \\+ 4000 > 0\\); it may be called again through exit" "" { target *-*-* } 24 } */
  if (!p)
    exit (1);
  p[0] = (char) n;
  p[SIZE - 1] = (char) (n >> 8);
  if (n > 0)
    {
      level = n - 1;
      failed |= atexit (again) != 0;
    }
  failed |= p[0] != (char) n || p[SIZE - 1] != (char) (n >> 8);
  total += n;
  free ((void *) p);
  /* The innermost exit's status is the program's.  */
  exit (failed || (n == 0 && total != (long) DEPTH * (DEPTH + 1) / 2));
}

static void
again (void)
{
  nest (level);
}

int
main (void)
{
  nest (DEPTH);
}
