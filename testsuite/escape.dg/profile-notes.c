/* -fplugin-arg-escape-profile decides which sites promote would move (the
   profile's verdicts), but without promote nothing moves, and the notes are
   those of a build without the profile.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m=2 -fplugin-arg-escape-profile" } */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char *kept;

int
count (int x)
{
  char *p = malloc (64);	/* { dg-message "malloc\\(64\\) does not escape" } */
  /* { dg-bogus "moved to stack" "" { target *-*-* } 15 } */
  snprintf (p, 64, "%d", x);
  int n = strlen (p);
  free (p);
  kept = malloc (8);	/* { dg-message "malloc\\(8\\) escapes to heap" } */
  /* { dg-message "  flow: \\{heap\\} = &malloc\\(8\\):" "" { target *-*-* } 20 } */
  /* { dg-message "    from malloc\\(8\\) \\(call result\\) at .*profile-notes.c:20:10" "" { target *-*-* } 20 } */
  /* { dg-message "    from kept = malloc\\(8\\) \\(assign\\) at .*profile-notes.c:20:8" "" { target *-*-* } 20 } */
  return n;
}
