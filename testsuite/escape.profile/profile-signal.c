/* A signal handler is a frame on top of the frame that raised the signal:
   a block it allocates and frees is k0; one it leaves for the code that
   raised the signal dies one frame up, k1 (raise itself is not compiled with
   escape, so it is no frame).  */
/* { dg-do run } */
#include <signal.h>
#include "profile.h"

static char *volatile left;

static void
handler (int sig)
{
  char *p = malloc (16);	/* { dg-profile calls 10 k0 10 } */
  use (p);
  free (p);
  left = malloc (sig);		/* { dg-profile calls 10 k1 10 } */
}

static void
raise_one (void)
{
  raise (SIGUSR1);
  free (left);
}

int
main (void)
{
  signal (SIGUSR1, handler);
  for (int i = 0; i < N; i++)
    raise_one ();
  return 0;
}
