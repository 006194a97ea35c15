/* A longjmp out of frames, then resync: the frames left behind are gone
   (a block born in one of them is later when main frees it, not k0 as the
   stale depth would have it), and calls after it reuse their places.  */
#include "hand.h"
#include <setjmp.h>
#include <stdlib.h>

static jmp_buf env;
static void *jumped;

static void
dive (int level)
{
  FRAME ("dive");
  if (!level)
    {
      jumped = AT ("jumped", malloc (16));
      longjmp (env, 1);
    }
  dive (level - 1);
  RETURN ();
}

static void *
make (void)
{
  FRAME ("make");
  void *p = AT ("after-jump", malloc (8));
  RETURN (p);
}

int
main (void)
{
  FRAME ("main");
  void *before = AT ("before-jump", malloc (8));
  int back = setjmp (env);
  __escape_profile_resync (frame_);
  if (!back)
    dive (5);
  free (jumped);
  free (make ());
  free (before);
  RETURN (0);
}
