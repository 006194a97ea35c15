/* Each lifetime class, wrappers, realloc chains, and blocks still live when
   the program exits from deep inside.  */
#define _GNU_SOURCE
#include "hand.h"
#include <stdlib.h>

/* An allocation wrapper: not a frame, its site is in the inner slot.  */
static void *
xmalloc (size_t n)
{
  return INNER ("xmalloc", malloc (n));
}

/* One block whose caller knows xmalloc is a wrapper (the site slot wins),
   one whose caller does not (the inner slot's site): both k0.  */
static void
wrapped (void)
{
  FRAME ("wrapped");
  void *known = AT ("wrapped", xmalloc (100));
  void *unknown = xmalloc (5000);
  free (known);
  free (unknown);
  RETURN ();
}

static void
reallocs (void)
{
  FRAME ("reallocs");
  char *p = AT ("grow-birth", malloc (100));
  p = AT ("grow", realloc (p, 3000));
  p = AT ("grow", realloc (p, 6000));
  p = AT ("grow", realloc (p, 200));
  free (p);
  char *q = AT ("small-birth", malloc (10));
  q = AT ("small-grow", realloc (q, 20));
  free (q);
  char *r = AT ("renull", realloc (NULL, 50));
  r = AT ("rezero", realloc (r, 0));
  free (AT ("rearray", reallocarray (NULL, 10, 8)));
  void *a;
  if (!AT ("aligned", posix_memalign (&a, 64, 64)))
    free (a);
  free (AT ("aligned", aligned_alloc (64, 128)));
  free (AT ("zeroed", calloc (3, 40)));
  RETURN ();
}

static void *kept[7];

static void
exit_from_deep (int level)
{
  FRAME ("exit_from_deep");
  if (!level)
    {
      for (int i = 0; i < 7; i++)
	kept[i] = AT ("never", malloc (i + 1));
      exit (0);
    }
  exit_from_deep (level - 1);
  RETURN ();
}

int
main (void)
{
  FRAME ("main");
  chains (1);
  wrapped ();
  reallocs ();
  exit_from_deep (3);
  RETURN (1);
}
