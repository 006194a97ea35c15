/* exec: the process that execs writes its profile first (exec runs no exit
   handlers); the program it becomes, the same one here, writes its own.  */
/* { dg-do run } */
/* { dg-profile-processes 2 } */
#include <string.h>
#include <unistd.h>
#include "profile.h"

static void
first_life (void)
{
  char *p = malloc (10);	/* { dg-profile calls 10 k0 10 } */
  use (p);
  free (p);
}

static void
second_life (void)
{
  char *p = malloc (20);	/* { dg-profile calls 20 k0 20 } */
  use (p);
  free (p);
}

int
main (int argc, char **argv)
{
  if (argc > 1 && !strcmp (argv[1], "again"))
    {
      for (int i = 0; i < 2 * N; i++)
	second_life ();
      return 0;
    }
  for (int i = 0; i < N; i++)
    first_life ();
  char *args[] = { argv[0], (char *) "again", NULL };
  execv ("/proc/self/exe", args);
  return 1;
}
