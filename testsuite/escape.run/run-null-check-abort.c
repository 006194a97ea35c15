/* The idiom if (p == NULL) abort (); after malloc/calloc/strdup does not stop promotion.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m" } */
#include <stdlib.h>
#include <string.h>

static unsigned
checksum (unsigned seed)
{
  unsigned *p = malloc (64 * sizeof *p);	/* { dg-message "moved to stack: malloc\\(256\\)" } */
  if (p == NULL)
    abort ();
  for (int i = 0; i < 64; i++)
    p[i] = seed * 31u + i;
  unsigned s = 0;
  for (int i = 0; i < 64; i++)
    s ^= p[i] << (i % 8);
  free (p);
  return s;
}

static unsigned
checksum_ref (unsigned seed)
{
  unsigned s = 0;
  for (int i = 0; i < 64; i++)
    s ^= (seed * 31u + i) << (i % 8);
  return s;
}

static size_t
dup_len (int k)
{
  const char *src = k ? "abcdef" : "xy";
  char *d = strdup (src);	/* { dg-message "moved to stack: strdup\\(src\\)" } */
  if (NULL == d)
    abort ();
  size_t n = strlen (d);
  if (strcmp (d, src) != 0)
    abort ();
  free (d);
  return n;
}

static int
zeroed (void)
{
  short *z = calloc (10, sizeof (short));	/* { dg-message "moved to stack: calloc\\(10, 2\\)" } */
  if (z == NULL)
    abort ();
  int s = 0;
  for (int i = 0; i < 10; i++)
    s += z[i];
  free (z);
  return s;
}

int
main (void)
{
  for (unsigned s = 0; s < 1000; s++)
    if (checksum (s) != checksum_ref (s))
      abort ();
  if (dup_len (1) != 6 || dup_len (0) != 2)
    abort ();
  if (zeroed () != 0)
    abort ();
  return 0;
}
