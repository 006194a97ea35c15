/* With promote as well, the profile is that of the promoted program: a site
   moved to the stack makes no heap call, the others are counted as before.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote" } */
#include <stdio.h>
#include <string.h>
#include "profile.h"

static int
scratch (int x)
{
  char *p = malloc (64);	/* { dg-profile calls 0 } */
  snprintf (p, 64, "%d", x);
  int r = strlen (p);
  free (p);
  return r;
}

static void
kept_one (void)
{
  char *p = malloc (32);	/* { dg-profile calls 10 k0 10 verdict escapes } */
  use (p);
  free (p);
}

int
main (void)
{
  int r = 0;
  for (int i = 0; i < N; i++)
    {
      r += scratch (i);
      kept_one ();
    }
  use (&r);
  return 0;
}
