/* longjmp out of frames: the frames it skips never return, and the runtime
   must not keep them.  down () recurses 20 deep, allocates a block at the
   bottom and jumps back to catch_it (); the block, freed there, died more
   than 4 frames above its own.  After each jump the depth is back where
   setjmp left it, so the k1 site below still counts 1.  */
/* { dg-do run } */
#include <setjmp.h>
#include "profile.h"

static jmp_buf env;
static char *thrown;

static void
down (int d)
{
  if (d == 0)
    {
      thrown = malloc (32);	/* { dg-profile calls 10 later 10 k0 0 k1 0 k2 0 k3 0 k4 0 } */
      longjmp (env, 1);
    }
  down (d - 1);
  use (&d);
}

static void make1 (char **out) { *out = malloc (24); use (*out); }	/* { dg-profile calls 10 k1 10 } */

static void
catch_it (void)
{
  if (!setjmp (env))
    down (20);
  free (thrown);
  char *p;
  make1 (&p);
  free (p);
}

int
main (void)
{
  for (int i = 0; i < N; i++)
    catch_it ();
  return 0;
}
