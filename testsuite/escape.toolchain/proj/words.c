/* A unit of the project check-icecream.sh builds: a scratch buffer filled
   and read in one call is moved; the copy a caller keeps escapes.  */
#include <stdlib.h>
#include <string.h>
#include "proj.h"

static __attribute__ ((noinline)) int
count_words (const char *s)
{
  int n = 0;
  for (int in = 0; *s; s++)
    {
      if (*s != ' ' && !in)
	n++;
      in = *s != ' ';
    }
  return n;
}

int
words_in (const char *text)
{
  char *buf = malloc (64);
  if (!buf)
    return -1;
  strncpy (buf, text, 63);
  buf[63] = 0;
  int n = count_words (buf);
  free (buf);
  return n;
}

char *
keep_copy (const char *text)
{
  char *copy = malloc (strlen (text) + 1);
  if (copy)
    strcpy (copy, text);
  return copy;
}
