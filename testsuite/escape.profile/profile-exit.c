/* exit from deep inside: the blocks still allocated are "never" freed, and
   the profile is written on the way out.  */
/* { dg-do run } */
#include "profile.h"

static char *live[N];

static void
deepest (int i)
{
  live[i] = malloc (100);	/* { dg-profile calls 10 never 10 k0 0 } */
  use (live[i]);
  if (i == N - 1)
    exit (0);
}

static void middle (int i) { deepest (i); }
static void outer (int i) { middle (i); }

int
main (void)
{
  for (int i = 0; i < N; i++)
    outer (i);
  return 1;
}
