/* A program built by a real build system with the plugin in its C flags (build.exp).  */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int
work (const char *s)
{
  char *b = malloc (32);
  strcpy (b, s);
  int n = (int) strlen (b);
  free (b);
  return n;
}

int
main (void)
{
  printf ("%d\n", work ("build systems"));
  return 0;
}
