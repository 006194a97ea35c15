/* Blocks given to sscanf (as outputs) and to strtok_r (as the string) move to
   the stack and the program behaves as before; the tokens kept past the
   function (in a global, through the save pointer) keep their block on the
   heap, and are read after it returned.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m" } */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int
sum_pair (const char *s)	/* { dg-message "s does not escape" } */
{
  int *v = malloc (2 * sizeof *v);	/* { dg-message "moved to stack: malloc\\(8\\)" } */
  int r = sscanf (s, "%d %d", &v[0], &v[1]) == 2 ? v[0] + v[1] : -1;
  free (v);
  return r;
}

static int
longest (const char *s)		/* { dg-message "s does not escape" } */
{
  char *b = strdup (s);		/* { dg-message "moved to stack: strdup\\(s\\)" } */
  char *save;
  int best = 0;
  for (char *t = strtok_r (b, " ,", &save); t; t = strtok_r (NULL, " ,", &save))
    if ((int) strlen (t) > best)
      best = strlen (t);
  free (b);
  return best;
}

static char *kept;

static void
keep_second (const char *s)	/* { dg-message "s does not escape" } */
{
  char *b = strdup (s);		/* { dg-message "strdup\\(s\\) escapes to heap" } */
  char *save;
  strtok_r (b, " ", &save);
  kept = strtok_r (NULL, " ", &save);
}

static char *parked;

static char *
first_then_park (const char *s)	/* { dg-message "s does not escape" } */
{
  char *b = strdup (s);		/* { dg-message "strdup\\(s\\) escapes to heap" } */
  return strtok_r (b, " ", &parked);
}

int
main (void)
{
  if (sum_pair ("40 2") != 42 || longest ("a bcd, ef") != 3)
    abort ();
  keep_second ("one two three");
  char *first = first_then_park ("alpha beta");
  char *rest = strtok_r (NULL, " ", &parked);
  if (strcmp (kept, "two") || strcmp (first, "alpha") || strcmp (rest, "beta"))
    abort ();
  return 0;
}
