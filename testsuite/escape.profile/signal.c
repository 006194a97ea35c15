/* A signal handler that allocates and frees, and frees a block of the
   frame it interrupted.  */
#include "hand.h"
#include <signal.h>
#include <stdlib.h>

static void *from_main;

static void
handler (int sig)
{
  FRAME ("handler");
  (void) sig;
  free (AT ("in-handler", malloc (32)));
  free (from_main);
  from_main = NULL;
  RETURN ();
}

int
main (void)
{
  FRAME ("main");
  signal (SIGUSR1, handler);
  for (int i = 0; i < 10; i++)
    {
      from_main = AT ("from-main", malloc (48));
      raise (SIGUSR1);
    }
  RETURN (0);
}
