/* raise runs the handler sigaction installed, and under SA_NODEFER runs it
   again from inside it: here the handler calls nest, which raises the signal
   again, a recursion 1000 deep that the call graph does not show, with a
   16000-byte block in each nest (max-size raised: each signal takes about 3 KB
   of stack for its frame).  glibc declares raise leaf, but the file installs a
   signal handler: raise may call back, and nest keeps its block on the heap
   (16 MB of stack otherwise).  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-max-size=16000 -fplugin-arg-escape-m=2" } */
#include <signal.h>
#include <stdlib.h>

#define DEPTH 1000
#define SIZE 16000

static volatile int level;
static long total;
static int failed;

static void
nest (int n)
{
  volatile char *p = malloc (SIZE);	/* { dg-message "malloc\\(16000\\) does not escape" } */
  /* { dg-message "  not moved to stack: recursive frame budget exhausted \\(0 \\+ 16000 > 0\\); it may be called again through raise" "" { target *-*-* } 23 } */
  if (!p)
    {
      failed = 1;
      return;
    }
  p[0] = (char) n;
  p[SIZE - 1] = (char) (n >> 8);
  if (n > 0)
    {
      level = n - 1;
      raise (SIGUSR1);
    }
  failed |= p[0] != (char) n || p[SIZE - 1] != (char) (n >> 8);
  total += n;
  free ((void *) p);
}

static void
handler (int sig)
{
  nest (level);
}

int
main (void)
{
  static struct sigaction sa;
  sa.sa_handler = handler;
  sa.sa_flags = SA_NODEFER;
  if (sigaction (SIGUSR1, &sa, NULL))
    abort ();
  nest (DEPTH);
  return failed || total != (long) DEPTH * (DEPTH + 1) / 2;
}
