/* The other unit of lto-registration.c: installs a signal handler that calls
   back into it.  */
#include <signal.h>

extern int level;
void nest (int n);

static void
handler (int sig)
{
  nest (level);
}

void
install (void)
{
  static struct sigaction sa;
  sa.sa_handler = handler;
  sa.sa_flags = SA_NODEFER;
  sigaction (SIGUSR1, &sa, 0);
}
