/* Every heap function the runtime counts has its site, also those the
   analysis does not take for allocation sites (reallocarray, posix_memalign,
   valloc), and through a wrapper of them (gnulib's xreallocarray).  */
/* { dg-do run } */
#define _GNU_SOURCE
#include <malloc.h>
#include <string.h>
#include "profile.h"

static void *
xreallocarray (void *p, size_t n, size_t s)
{
  void *r = reallocarray (p, n, s);	/* { dg-profile calls 0 } */
  if (!r)
    abort ();
  return r;
}

static void
each (const char *s)
{
  char *a = xreallocarray (NULL, 10, 4);	/* { dg-profile calls 10 bytes 400 k0 10 verdict call } */
  use (a);
  void *b;
  if (posix_memalign (&b, 64, 100))	/* { dg-profile calls 10 bytes 1000 k0 10 } */
    abort ();
  use (b);
  char *c = valloc (50);		/* { dg-profile calls 10 k0 10 } */
  use (c);
  char *d = aligned_alloc (32, 64);	/* { dg-profile calls 10 k0 10 } */
  use (d);
  char *e = calloc (3, 5);		/* { dg-profile calls 10 bytes 150 k0 10 } */
  use (e);
  char *f = strdup (s);			/* { dg-profile calls 10 bytes 60 k0 10 } */
  use (f);
  char *g = strndup (s, 2);		/* { dg-profile calls 10 k0 10 } */
  use (g);
  a = reallocarray (a, 20, 4);		/* { dg-profile calls 10 bytes 800 k0 0 } */
  use (a);
  free (a);
  free (b);
  free (c);
  free (d);
  free (e);
  free (f);
  free (g);
}

int
main (void)
{
  for (int i = 0; i < N; i++)
    each ("hello");
  return 0;
}
