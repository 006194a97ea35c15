/* Each site carries the plugin's verdict into the profile: what promote
   does with it (the first pass's decision, the same at every -O level), why
   a site that does not escape stays on the heap, and how one that escapes
   does.  Without promote nothing moves: the profile says what would.  */
/* { dg-do run } */
#include <stdio.h>
#include <string.h>
#include "profile.h"

char *global;

static int
scratch (int x)
{
  char *p = malloc (64);	/* { dg-profile calls 10 k0 10 verdict moved } */
  snprintf (p, 64, "%d", x);
  int r = strlen (p);
  free (p);
  return r;
}

static int
huge (int x)
{
  char *p = malloc (10000);	/* { dg-profile calls 10 k0 10 large 10 verdict kept explain {^too large \(10000 > max-size 4096\)$} } */
  snprintf (p, 10000, "%d", x);
  int r = strlen (p);
  free (p);
  return r;
}

static void
stored (int x)
{
  free (global);
  global = malloc (16 + x);	/* { dg-profile calls 10 verdict escapes explain {^flow: \{heap\} = &malloc\(\.\.\.\): from malloc\(x \+ 16\) \(call result\) at [^ ]*profile-verdicts.c:36:12; from global = malloc\(\.\.\.\) \(assign\) at [^ ]*profile-verdicts.c:36:10$} } */
}

int
main (void)
{
  int r = 0;
  for (int i = 0; i < N; i++)
    {
      r += scratch (i);
      r += huge (i);
      stored (i);
    }
  use (&r);
  return 0;
}
