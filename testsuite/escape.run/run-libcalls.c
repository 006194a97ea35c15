/* Blocks handed to library functions that do not capture pointers (snprintf, strlen,
   memcpy, memset, strcmp, strtol, strchr) do not escape: moved.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m" } */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static long
roundtrip (long v)
{
  char *buf = malloc (32);	/* { dg-message "moved to stack: malloc\\(32\\)" } */
  snprintf (buf, 32, "%ld", v);
  char *copy = malloc (32);	/* { dg-message "moved to stack: malloc\\(32\\)" } */
  memcpy (copy, buf, strlen (buf) + 1);
  if (strcmp (copy, buf) != 0)
    abort ();
  char *end;
  long r = strtol (copy, &end, 10);
  if (*end != 0)
    abort ();
  free (copy);
  free (buf);
  return r;
}

static int
find (char c)
{
  char *s = malloc (27);	/* { dg-message "moved to stack: malloc\\(27\\)" } */
  for (int i = 0; i < 26; i++)
    s[i] = (char) ('a' + i);
  s[26] = 0;
  char *hit = strchr (s, c);
  int r = hit ? (int) (hit - s) : -1;
  memset (s, 0, 27);
  free (s);
  return r;
}

int
main (void)
{
  for (long v = -1000; v < 1000; v += 7)
    if (roundtrip (v) != v)
      abort ();
  if (find ('a') != 0 || find ('z') != 25 || find ('A') != -1)
    abort ();
  return 0;
}
