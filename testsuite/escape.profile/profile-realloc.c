/* A realloc chain is one block: it keeps the site and the frame where it was
   born, its size is the largest it had (here past max-size, so large), and it
   dies where the last realloc's result is freed.  Each realloc is a heap call
   of its own site, which gives birth to nothing; realloc (NULL, n) gives
   birth, realloc (p, 0) frees.  */
/* { dg-do run } */
#include "profile.h"

static void
grow (char **buf, size_t *size)
{
  *size *= 2;
  *buf = realloc (*buf, *size);	/* { dg-profile calls 90 k0 0 k1 0 never 0 later 0 } */
  use (*buf);
}

static void
chain (void)
{
  size_t size = 16;
  char *buf = malloc (size);	/* { dg-profile calls 10 bytes 160 k0 10 large 10 } */
  use (buf);
  for (int i = 0; i < 9; i++)	/* 16 << 9 = 8192 */
    grow (&buf, &size);
  free (buf);
}

static void
from_null (char **out)
{
  *out = realloc (NULL, 100);	/* { dg-profile calls 10 k1 10 large 0 } */
  use (*out);
}

static void
to_zero (void)
{
  char *p;
  from_null (&p);
  p = realloc (p, 0);		/* { dg-profile calls 10 } */
  use (p);
}

int
main (void)
{
  for (int i = 0; i < N; i++)
    {
      chain ();
      to_zero ();
    }
  return 0;
}
