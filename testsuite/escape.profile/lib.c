/* Allocations made by code the plugin did not compile: a helper library's
   malloc and strdup (which glibc's strdup makes with malloc), glibc's own
   in fopen, and the program's own uninstrumented raw_alloc; the innermost
   instrumented frame is their caller.  */
#include "hand.h"
#include <stdio.h>
#include <stdlib.h>

char *helper_dup (const char *);
void *helper_alloc (size_t);

/* Not a tail call, so that malloc's return address is in here.  */
static __attribute__ ((noinline)) void *
raw_alloc (size_t n)
{
  char *p = malloc (n);
  if (p)
    *p = 0;
  return p;
}

static void
user (void)
{
  FRAME ("user");
  for (int i = 0; i < 3; i++)
    free (helper_dup ("text"));
  for (int i = 0; i < 2; i++)
    free (helper_alloc (5000));
  FILE *f = fopen ("/dev/null", "r");
  if (f)
    fclose (f);
  RETURN ();
}

int
main (void)
{
  FRAME ("main");
  user ();
  free (helper_alloc (10));
  free (raw_alloc (7));
  RETURN (0);
}
