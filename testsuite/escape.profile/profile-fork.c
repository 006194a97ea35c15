/* fork: one profile per process, each with the heap calls it made itself.
   The child's blocks are its own; the parent's, made before and after the
   fork, are counted once, in the parent.  */
/* { dg-do run } */
/* { dg-profile-processes 2 } */
#include <sys/wait.h>
#include <unistd.h>
#include "profile.h"

static void
before (void)
{
  char *p = malloc (10);	/* { dg-profile calls 10 k0 10 } */
  use (p);
  free (p);
}

static void
in_child (void)
{
  for (int i = 0; i < 2 * N; i++)
    {
      char *p = malloc (20);	/* { dg-profile calls 20 k0 20 } */
      use (p);
      free (p);
    }
}

static void
after (void)
{
  char *p = malloc (30);	/* { dg-profile calls 30 k0 30 } */
  use (p);
  free (p);
}

int
main (void)
{
  for (int i = 0; i < N; i++)
    before ();
  pid_t pid = fork ();
  if (pid < 0)
    return 1;
  if (pid == 0)
    {
      in_child ();
      exit (0);
    }
  int status;
  if (waitpid (pid, &status, 0) != pid || !WIFEXITED (status) || WEXITSTATUS (status))
    return 1;
  for (int i = 0; i < 3 * N; i++)
    after ();
  return 0;
}
