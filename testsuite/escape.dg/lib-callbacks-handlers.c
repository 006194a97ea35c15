/* A file that installs a signal handler, registers an exit handler and fork
   handlers: raise (which glibc declares leaf), quick_exit (also leaf; atexit's
   and at_quick_exit's handlers count alike) and fork (a builtin of GCC) may
   run them, and the handlers may call any public function of the file.  A
   public function that calls one of them is called again through it; one that
   reads or formats (no stream or printf handler is registered) is not, and
   its block moves.  */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m=2" } */
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

FILE *f;

static void
handler (int sig)
{
}

static void
at_exit (void)
{
}

void
install (void)
{
  signal (SIGUSR1, handler);
  atexit (at_exit);
  pthread_atfork (at_exit, at_exit, at_exit);
}

long
raises (int sig)
{
  char *p = calloc (1, 64);	/* { dg-message "calloc\\(1, 64\\) does not escape" } */
  /* { dg-message "  not moved to stack: recursive frame budget exhausted \\(0 \\+ 64 > 0\\); it may be called again through raise" "" { target *-*-* } 38 } */
  long r = raise (sig);
  r += p[0];
  free (p);
  return r;
}

void
exits_quickly (int status)
{
  char *p = calloc (1, 64);	/* { dg-message "calloc\\(1, 64\\) does not escape" } */
  /* { dg-message "  not moved to stack: recursive frame budget exhausted \\(0 \\+ 64 > 0\\); it may be called again through quick_exit" "" { target *-*-* } 49 } */
  int code = status + p[0];
  free (p);
  quick_exit (code);
}

long
forks (void)
{
  char *p = calloc (1, 64);	/* { dg-message "calloc\\(1, 64\\) does not escape" } */
  /* { dg-message "  not moved to stack: recursive frame budget exhausted \\(0 \\+ 64 > 0\\); it may be called again through fork" "" { target *-*-* } 59 } */
  long r = fork ();
  r += p[0];
  free (p);
  return r;
}

long
reads (void)
{
  char *p = malloc (64);	/* { dg-message "moved to stack: malloc\\(64\\)" } */
  if (!p)
    return -1;
  long r = fread (p, 1, 64, f);
  r += snprintf (p, 64, "%ld", r);
  r += p[0];
  free (p);
  return r;
}
