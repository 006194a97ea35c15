/* Millions of live blocks: the block table grows while they live.  */
#include "hand.h"
#include <stdlib.h>

#define BLOCKS 3000000

static void **
make_all (void)
{
  FRAME ("make_all");
  void **blocks = AT ("array", malloc (BLOCKS * sizeof *blocks));
  for (int i = 0; i < BLOCKS; i++)
    blocks[i] = AT ("many", malloc (8 + i % 64));
  RETURN (blocks);
}

int
main (void)
{
  FRAME ("main");
  void **blocks = make_all ();
  for (int i = 0; i < BLOCKS; i++)
    free (blocks[i]);
  free (blocks);
  RETURN (0);
}
