/* Threads: each thread has its own frames.  A block a thread allocates and
   frees is k0 whatever the other threads do; a block one thread allocates
   and another frees counts as "later".  */
/* { dg-do run } */
/* { dg-options "-pthread" } */
#include <pthread.h>
#include "profile.h"

#define THREADS 4

static char *handed[THREADS][N];

static void *
worker (void *arg)
{
  char **mine = arg;
  for (int i = 0; i < N; i++)
    {
      char *p = malloc (64);	/* { dg-profile calls 40 k0 40 later 0 } */
      use (p);
      free (p);
      mine[i] = malloc (32);	/* { dg-profile calls 40 later 40 k0 0 k1 0 } */
    }
  return NULL;
}

int
main (void)
{
  pthread_t t[THREADS];
  for (int i = 0; i < THREADS; i++)
    if (pthread_create (&t[i], NULL, worker, handed[i]))
      return 1;
  for (int i = 0; i < THREADS; i++)
    pthread_join (t[i], NULL);
  for (int i = 0; i < THREADS; i++)
    for (int j = 0; j < N; j++)
      free (handed[i][j]);
  return 0;
}
