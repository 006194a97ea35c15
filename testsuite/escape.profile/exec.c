/* The process image before an exec writes its report; an exec that fails
   leaves none behind and the process goes on.  The new image (argument
   "after") writes its own, under the same pid.  */
#include "hand.h"
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int
main (int argc, char **argv)
{
  FRAME ("main");
  if (argc > 1 && !strcmp (argv[1], "after"))
    {
      free (AT ("post-exec", malloc (8)));
      RETURN (0);
    }
  AT ("pre-exec", malloc (10));
  execl ("/nonexistent/program", "program", (char *) NULL);
  free (AT ("between", malloc (20)));
  execl ("/proc/self/exe", argv[0], "after", (char *) NULL);
  RETURN (1);
}
