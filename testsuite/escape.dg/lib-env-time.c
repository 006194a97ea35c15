/* getenv, time, gettimeofday and clock_gettime do not keep their pointer arguments: nothing escapes.  */
/* { dg-options "-fplugin-arg-escape-m" } */

#include <stdlib.h>
#include <sys/time.h>
#include <time.h>

const char *
lookup (const char *name)		/* { dg-message "name does not escape" } */
{
  return getenv (name);
}

int
is_set (const char *name)		/* { dg-message "name does not escape" } */
{
  return getenv (name) != NULL;
}

void
stamp (time_t *t)			/* { dg-message "t does not escape" } */
{
  time (t);
}

long
now_usec (struct timeval *tv)		/* { dg-message "tv does not escape" } */
{
  gettimeofday (tv, NULL);
  return tv->tv_sec * 1000000L + tv->tv_usec;
}

long
now_nsec (struct timespec *ts)		/* { dg-message "ts does not escape" } */
{
  clock_gettime (CLOCK_MONOTONIC, ts);
  return ts->tv_nsec;
}

long
local_clocks (void)
{
  time_t t;
  struct timeval tv;
  struct timespec ts;
  char name[8] = "HOME";
  time (&t);
  gettimeofday (&tv, NULL);
  clock_gettime (CLOCK_REALTIME, &ts);
  return (long) t + tv.tv_usec + ts.tv_nsec + (getenv (name) != NULL);
}

/* { dg-final { escape-same-code-without-m } } */
