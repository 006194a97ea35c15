/* A program linked from units built with and without the plugin: the blocks
   made in the unit built without it have no site of their own.  They show as
   allocations of the executable, "not compiled with escape", in the frame of
   the instrumented function that called into that unit.  */
/* { dg-do run } */
/* { dg-profile-plain-sources "profile-mixed-aux.c" } */
/* { dg-profile-lib {profile-mixed\.exe$} {^run_plain$} calls 10 k0 10 } */
#include "profile.h"

void plain_work (void);

static void
run_plain (void)
{
  plain_work ();
}

int
main (void)
{
  for (int i = 0; i < N; i++)
    run_plain ();
  char *p = malloc (8);		/* { dg-profile calls 1 k0 1 } */
  use (p);
  free (p);
  return 0;
}
