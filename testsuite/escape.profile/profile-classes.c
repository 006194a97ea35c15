/* Lifetime classes: each site's blocks die a known number of frames above the
   frame that allocated them.  The functions are plain static ones, which GCC
   inlines at -O2; an inlined function is still a frame, as the source shows
   it, so the answers are the same at -O0 and at -O2.  A block's site is the
   line of its malloc; none of these functions returns a block (that would
   make it an allocation wrapper, profile-wrappers.c).  */
/* { dg-do run } */
#include "profile.h"

static void
dies_here (void)
{
  char *p = malloc (16);	/* { dg-profile calls 10 bytes 160 k0 10 k1 0 large 0 verdict escapes } */
  use (p);
  free (p);
}

static void make1 (char **out) { *out = malloc (24); use (*out); }	/* { dg-profile calls 10 k1 10 k0 0 k2 0 } */
static void make2 (char **out) { *out = malloc (24); use (*out); }	/* { dg-profile calls 10 k2 10 k1 0 } */
static void make3 (char **out) { *out = malloc (24); use (*out); }	/* { dg-profile calls 10 k3 10 } */
static void make4 (char **out) { *out = malloc (24); use (*out); }	/* { dg-profile calls 10 k4 10 } */
static void make5 (char **out) { *out = malloc (24); use (*out); }	/* { dg-profile calls 10 later 10 k4 0 } */

static void up2 (char **out) { make2 (out); }
static void up3b (char **out) { make3 (out); }
static void up3 (char **out) { up3b (out); }
static void up4c (char **out) { make4 (out); }
static void up4b (char **out) { up4c (out); }
static void up4 (char **out) { up4b (out); }
static void up5d (char **out) { make5 (out); }
static void up5c (char **out) { up5d (out); }
static void up5b (char **out) { up5c (out); }
static void up5 (char **out) { up5b (out); }

static void
by_caller (void)
{
  char *p1, *p2, *p3, *p4, *p5;
  make1 (&p1);
  free (p1);
  up2 (&p2);
  free (p2);
  up3 (&p3);
  free (p3);
  up4 (&p4);
  free (p4);
  up5 (&p5);
  free (p5);
}

static char *kept[N];

static void
keep (int i)
{
  kept[i] = malloc (40);	/* { dg-profile calls 10 never 10 } */
  use (kept[i]);
}

static void
big (void)
{
  char *p = malloc (8192);	/* { dg-profile calls 10 bytes 81920 k0 10 large 10 } */
  use (p);
  free (p);
}

int
main (void)
{
  for (int i = 0; i < N; i++)
    {
      dies_here ();
      by_caller ();
      keep (i);
      big ();
    }
  return 0;
}
