/* A buffer handed to setvbuf is kept by stdio after the call: it escapes and stays on the
   heap.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m" } */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static FILE *f;

static void
setup (void)
{
  char *b = malloc (256);	/* { dg-message "malloc\\(256\\) escapes to heap" } */
  setvbuf (f, b, _IOFBF, 256);
}

static int
clobber (int n)
{
  volatile char buf[16384];
  for (int i = 0; i < 16384; i++)
    buf[i] = (char) n;
  return buf[n & 16383];
}

int
main (void)
{
  f = tmpfile ();	/* { dg-message "tmpfile\\(\\) escapes to heap" } */
  if (!f)
    return 0;
  setup ();
  clobber (0x55);
  for (int i = 0; i < 100; i++)
    fprintf (f, "line %d\n", i);
  clobber (0x66);
  rewind (f);
  char line[64];
  int n = 0;
  while (fgets (line, sizeof line, f))
    {
      char want[64];
      snprintf (want, sizeof want, "line %d\n", n++);
      if (strcmp (line, want) != 0)
	abort ();
    }
  if (n != 100)
    abort ();
  /* Not closed: stdio keeps using (and referencing) the buffer.  */
  return 0;
}
