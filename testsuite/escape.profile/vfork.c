/* A child made by vfork shares its parent's tables until it execs: the
   parent reports them, the child's exec writes nothing.  The child execs
   argv[1] with the argument "after" (exec.c, whose new image reports its
   own).  */
#define _GNU_SOURCE
#include "hand.h"
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

int
main (int argc, char **argv)
{
  FRAME ("main");
  if (argc < 2)
    RETURN (2);
  void *p = AT ("before-vfork", malloc (16));
  char *args[] = { argv[1], "after", NULL };
  pid_t child = vfork ();
  if (child == 0)
    {
      execv (argv[1], args);
      _exit (127);
    }
  waitpid (child, NULL, 0);
  free (p);
  RETURN (0);
}
