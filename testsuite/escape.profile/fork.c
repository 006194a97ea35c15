/* A child made by fork reports only its own calls; the parent's report
   does not have them.  */
#include "hand.h"
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

int
main (void)
{
  FRAME ("main");
  void *before[5];
  for (int i = 0; i < 5; i++)
    before[i] = AT ("parent-before", malloc (16));
  pid_t child = fork ();
  if (child == 0)
    {
      for (int i = 0; i < 3; i++)
	free (AT ("child", malloc (32)));
      free (before[0]);
      _exit (0);
    }
  waitpid (child, NULL, 0);
  for (int i = 0; i < 2; i++)
    free (AT ("parent-after", malloc (64)));
  for (int i = 0; i < 5; i++)
    free (before[i]);
  RETURN (0);
}
