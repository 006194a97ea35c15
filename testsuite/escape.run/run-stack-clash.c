/* -fstack-clash-protection: a frame that promotion fills up to the frame budget (three
   4096-byte objects and a variable size charged 4096, 16384 bytes) is probed page by
   page, as is the run-time stack allocation, and the program runs as before.  */
/* { dg-do run } */
/* { dg-options "-fstack-clash-protection -fplugin-arg-escape-promote -fplugin-arg-escape-m" } */
#include <stdlib.h>
#include <string.h>

__attribute__ ((noipa)) static long
full_frame (size_t n)
{
  char *a = malloc (4096);	/* { dg-message "moved to stack: malloc\\(4096\\)" } */
  char *b = malloc (4096);	/* { dg-message "moved to stack: malloc\\(4096\\)" } */
  char *c = malloc (4096);	/* { dg-message "moved to stack: malloc\\(4096\\)" } */
  char *d = malloc (n);		/* { dg-message "moved to stack: malloc\\(n\\)" } */
  if (!a || !b || !c || !d)
    abort ();
  memset (a, 1, 4096);
  memset (b, 2, 4096);
  memset (c, 3, 4096);
  memset (d, 4, n);
  long s = a[4095] + b[0] + c[2048] + d[n - 1];
  free (a);
  free (b);
  free (c);
  free (d);
  return s;
}

int
main (void)
{
  static const size_t ns[] = { 1, 100, 4096, 5000 };
  for (unsigned i = 0; i < 4; i++)
    if (full_frame (ns[i]) != 10)
      abort ();
  return 0;
}
