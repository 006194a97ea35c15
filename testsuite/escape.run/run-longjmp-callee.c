/* longjmp out of callees whose blocks moved to the stack: the abandoned frames take their
   blocks with them; the stack does not grow across 100000 jumps.  work recurses to a
   known depth of 5, so the test opts in with a recursive budget.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-recursive-budget=256 -fplugin-arg-escape-m" } */
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>

static jmp_buf env;
static int seen;

static void
thrower (int v)
{
  longjmp (env, v);
}

static void
work (int depth, int v)
{
  char *b = malloc (64);	/* { dg-message "moved to stack: malloc\\(64\\)" } */
  memset (b, depth, 64);
  if (depth == 0)
    {
      seen = b[0] + b[63] + v;
      thrower (v + 1);
    }
  work (depth - 1, v);
  if (b[10] != depth)
    abort ();
  free (b);
}

static int
run (int v)
{
  volatile int r;
  if ((r = setjmp (env)) == 0)
    {
      work (5, v);
      abort ();
    }
  return r;
}

int
main (void)
{
  for (int i = 0; i < 100000; i++)
    {
      if (run (i) != i + 1 || seen != i)
	abort ();
    }
  return 0;
}
