/* strtok_r returns a pointer into its string (or into the string its save
   pointer holds) and stores one in the save pointer; it keeps nothing.  A
   string tokenized with a local save pointer moves to the stack; one whose
   tokens or save pointer are kept in globals escapes.  strtok keeps its string
   in a static of its own: the string escapes.  */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m" } */
#include <stdlib.h>
#include <string.h>

int
count_words (const char *s)	/* { dg-message "s does not escape" } */
{
  char *b = strdup (s);		/* { dg-message "moved to stack: strdup\\(s\\)" } */
  char *save;
  int n = 0;
  for (char *t = strtok_r (b, " ", &save); t; t = strtok_r (NULL, " ", &save))
    n++;
  free (b);
  return n;
}

char *first;

void
keep_first (const char *s)	/* { dg-message "s does not escape" } */
{
  char *b = strdup (s);		/* { dg-message "strdup\\(s\\) escapes to heap" } */
  char *save;
  first = strtok_r (b, " ", &save);
}

char *global_save;

char *
keep_save (const char *s)	/* { dg-message "s does not escape" } */
{
  char *b = strdup (s);		/* { dg-message "strdup\\(s\\) escapes to heap" } */
  strtok_r (b, " ", &global_save);
  return 0;
}

char *
next_of_saved (const char *s, char **out)	/* { dg-message "s does not escape" } */
/* { dg-message "out does not escape" "" { target *-*-* } 43 } */
{
  char *b = strdup (s);		/* { dg-message "strdup\\(s\\) escapes to heap" } */
  char *save;
  strtok_r (b, " ", &save);
  *out = strtok_r (NULL, " ", &save);
  return 0;
}

int
non_reentrant (const char *s)	/* { dg-message "s does not escape" } */
{
  char *b = strdup (s);		/* { dg-message "strdup\\(s\\) escapes to heap" } */
  int n = 0;
  for (char *t = strtok (b, " "); t; t = strtok (NULL, " "))
    n++;
  free (b);
  return n;
}
