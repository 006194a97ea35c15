/* Allocations made by code the plugin did not compile: a helper library's
   malloc and strdup (which glibc's strdup makes with malloc), and glibc's
   own in fopen; the innermost instrumented frame is their caller.  */
#include "hand.h"
#include <stdio.h>
#include <stdlib.h>

char *helper_dup (const char *);
void *helper_alloc (size_t);

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
  RETURN (0);
}
