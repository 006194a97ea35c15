/* Under -flto, whether the program registers handlers that C library functions
   run is decided on the whole program's call graph (in WPA).  Here the other
   unit installs a signal handler that calls nest, which raises the signal
   again (SA_NODEFER): a recursion 1000 deep through two units, with a
   16000-byte block in each nest (max-size raised).  This unit installs no
   handler, but the compile cannot know the others: no raise is trusted before
   the link, and at the link WPA sees the handler installed, so nest keeps its
   block on the heap (16 MB of stack otherwise).  The program registers no
   printf handler: count, which calls snprintf, moves its block at link
   time.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-max-size=16000 -fplugin-arg-escape-m" } */
/* { dg-additional-sources "lto-registration-aux.c" } */
/* { dg-escape-late } */
/* { dg-escape-gcc-min 12 "no pass after inlining under GCC 11 (plugin/gcc-compat.h)" } */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>

#define DEPTH 1000
#define SIZE 16000

void install (void);
int level;
static long total;
static int failed;

__attribute__ ((noinline)) void
nest (int n)
{
  volatile char *p = malloc (SIZE);	/* { dg-bogus "moved to stack" } */
  /* { dg-message "malloc\\(16000\\) does not escape" "" { target *-*-* } 31 } */
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

__attribute__ ((noinline)) int
count (int n)
{
  char *p = malloc (16);	/* { dg-message "moved to stack: malloc\\(16\\) \\(at link time\\)" } */
  /* { dg-message "malloc\\(16\\) does not escape" "" { target *-*-* } 53 } */
  if (!p)
    return -1;
  int r = snprintf (p, 16, "%d", n);
  free (p);
  return r;
}

int
main (void)
{
  install ();
  nest (DEPTH);
  return failed || total != (long) DEPTH * (DEPTH + 1) / 2 || count (12345) != 5;
}
