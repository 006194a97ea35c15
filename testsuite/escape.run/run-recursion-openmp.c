/* An OpenMP task runs its outlined body through GOMP_task, a builtin of GCC
   given the body's address; an undeferred task (if (0)) runs it at once, on
   the stack of the task's creator.  Here the body calls nest, whose caller
   created the task: a recursion 4000 deep through GOMP_task, with a
   4000-byte block in each nest, that the call graph shows only when it takes
   the call of GOMP_task as a call of the body.  nest keeps its block on the
   heap (16 MB of stack otherwise).  */
/* { dg-do run } */
/* { dg-options "-fopenmp -fplugin-arg-escape-promote -fplugin-arg-escape-m=2" } */
#include <stdlib.h>

#define DEPTH 4000
#define SIZE 4000

static int failed;
static long task (int n);

static long
nest (int n)
{
  volatile char *p = malloc (SIZE);	/* { dg-message "malloc\\(4000\\) does not escape" } */
  /* { dg-message "  not moved to stack: recursive frame budget exhausted \\(0 \\+ 4000 > 0\\)" "" { target *-*-* } 21 } */
  if (!p)
    return failed = 1;
  p[0] = (char) n;
  p[SIZE - 1] = (char) (n >> 8);
  long r = n > 0 ? task (n - 1) : 0;
  failed |= p[0] != (char) n || p[SIZE - 1] != (char) (n >> 8);
  free ((void *) p);
  return r + n;
}

static long
task (int n)
{
  long r = 0;	/* { dg-message "&r escapes to heap" } */
  /* { dg-message "  flow: \\{heap\\} = &r:" "" { target *-*-* } 36 } */
  /* { dg-message "    from function runs an outlined body \\(an OpenMP region\\) \\(conservative\\) at \\S*:39:9" "" { target *-*-* } 36 } */
#pragma omp task shared (r) if (0)
  r = nest (n);
  return r;
}

int
main (void)
{
  return nest (DEPTH) != (long) DEPTH * (DEPTH + 1) / 2 || failed;
}
