/* A signal handler that allocates while the runtime is busy on its thread.
   The runtime maps memory for its block table while busy, with this
   program's mmap, which raises the signal there.  The handler's calls must
   go straight through, counted as untracked, and not deadlock.  Prints how
   many times the handler ran.  */
#define _GNU_SOURCE
#include "hand.h"
#include <signal.h>
#include <stdio.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#define BLOCKS 4096

static volatile sig_atomic_t armed, handled;

void *
mmap (void *address, size_t length, int prot, int flags, int fd, off_t offset)
{
  if (armed)
    raise (SIGUSR1);
  return (void *) syscall (SYS_mmap, address, length, prot, flags, fd,
			   offset);
}

static void
handler (int sig)
{
  (void) sig;
  free (malloc (40));
  handled++;
}

int
main (void)
{
  FRAME ("main");
  static void *blocks[BLOCKS];
  signal (SIGUSR1, handler);
  armed = 1;
  for (int i = 0; i < BLOCKS; i++)
    blocks[i] = AT ("busy", malloc (24));
  armed = 0;
  for (int i = 0; i < BLOCKS; i++)
    free (blocks[i]);
  printf ("%d\n", (int) handled);
  RETURN (0);
}
