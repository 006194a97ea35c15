/* A function calling setjmp is analysed conservatively: its allocations escape and stay
   on the heap, and survive a longjmp back into it.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m" } */
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>

static jmp_buf env;

static void
thrower (int v)
{
  longjmp (env, v);
}

static int
catcher (int v)
{
  char *p = malloc (32);	/* { dg-message "malloc\\(32\\) escapes to heap" } */
  int *q = calloc (4, sizeof (int));	/* { dg-message "calloc\\(4, 4\\) escapes to heap" } */
  strcpy (p, "before");
  q[1] = v;
  int r;
  if ((r = setjmp (env)) == 0)
    {
      strcpy (p, "inside");
      q[2] = v + 1;
      thrower (v + 100);
      abort ();
    }
  if (strcmp (p, "inside") != 0 || q[1] != v || q[2] != v + 1 || r != v + 100)
    abort ();
  free (q);
  free (p);
  return r;
}

static int
catcher_late (int v)
{
  volatile int r = 0;
  char *volatile p = 0;
  if (setjmp (env) == 0)
    {
      p = malloc (16);	/* { dg-message "malloc\\(16\\) escapes to heap" } */
      p[0] = (char) v;
      thrower (1);
    }
  else
    {
      r = p[0];
      free (p);
    }
  return r;
}

int
main (void)
{
  for (int i = 0; i < 1000; i++)
    if (catcher (i) != i + 100 || catcher_late (i & 63) != (i & 63))
      abort ();
  return 0;
}
