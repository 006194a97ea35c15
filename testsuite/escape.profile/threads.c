/* Per-thread shadow stacks: threads run chains and realloc chains at once
   (a realloc's old address goes back to glibc while other threads
   allocate); blocks one thread allocates and another frees are later.  */
#include "hand.h"
#include <pthread.h>
#include <stdlib.h>

#define THREADS 4
#define REPEAT 1000
#define HANDED 50

static void *handed[HANDED];

static void *
worker (void *arg)
{
  FRAME ("worker");
  (void) arg;
  chains (REPEAT);
  for (int i = 0; i < REPEAT; i++)
    {
      char *p = AT ("grown", malloc (8));
      p = AT ("growing", realloc (p, 100));
      p = AT ("growing", realloc (p, 5000));
      free (p);
    }
  RETURN (NULL);
}

static void *
giver (void *arg)
{
  FRAME ("giver");
  (void) arg;
  for (int i = 0; i < HANDED; i++)
    handed[i] = AT ("handed", malloc (8));
  RETURN (NULL);
}

static void *
taker (void *arg)
{
  FRAME ("taker");
  (void) arg;
  for (int i = 0; i < HANDED; i++)
    free (handed[i]);
  RETURN (NULL);
}

static void
run (void *(*start) (void *), int n)
{
  FRAME ("run");
  pthread_t t[THREADS];
  for (int i = 0; i < n; i++)
    pthread_create (&t[i], NULL, start, NULL);
  for (int i = 0; i < n; i++)
    pthread_join (t[i], NULL);
  RETURN ();
}

int
main (void)
{
  FRAME ("main");
  run (worker, THREADS);
  run (giver, 1);
  run (taker, 1);
  RETURN (0);
}
