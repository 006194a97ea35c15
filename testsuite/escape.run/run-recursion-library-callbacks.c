/* C library functions that call the function they are given: when it is a
   function of this file, the call graph takes the call as a call of it, and
   sees the recursion it makes.  twalk calls its action, nftw its visitor,
   pthread_once its initializer (a new once_control each level), each of which
   calls nest again: three recursions, with a 4000-byte block in each nest,
   10000 deep through twalk and pthread_once, 5000 through nftw (which takes
   about 450 bytes of stack a level by itself); nest keeps its block on the
   heap (40 MB of stack otherwise).  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m=2" } */
#define _GNU_SOURCE
#include <ftw.h>
#include <pthread.h>
#include <search.h>
#include <stdlib.h>

#define DEPTH 10000
#define SIZE 4000

enum through { TWALK, NFTW, ONCE };

static enum through through;
static int level;
static long total;
static int failed;
static void *tree;
static pthread_once_t onces[DEPTH + 1];
static void nest (int n);

static int
compare (const void *a, const void *b)	/* { dg-message "a does not escape" } */
/* { dg-message "b does not escape" "" { target *-*-* } 31 } */
{
  return *(const int *) a - *(const int *) b;
}

static void
action (const void *node, VISIT which, int depth)	/* { dg-message "node does not escape" } */
{
  nest (level);
}

static int
visit (const char *path, const struct stat *st, int flag, struct FTW *ftw)	/* { dg-message "path does not escape" } */
/* { dg-message "st does not escape" "" { target *-*-* } 44 } */
/* { dg-message "ftw does not escape" "" { target *-*-* } 44 } */
{
  nest (level);
  return 0;
}

static void
init (void)
{
  nest (level);
}

static void
nest (int n)
{
  volatile char *p = malloc (SIZE);	/* { dg-message "malloc\\(4000\\) does not escape" } */
  /* { dg-message "  not moved to stack: recursive frame budget exhausted \\(0 \\+ 4000 > 0\\)" "" { target *-*-* } 61 } */
  if (!p)
    {
      failed = 1;
      return;
    }
  p[0] = (char) n;
  p[SIZE - 1] = (char) (n >> 8);
  level = n - 1;
  if (n > 0 && through == TWALK)
    twalk (tree, action);
  else if (n > 0 && through == NFTW)
    failed |= nftw ("/dev/null", visit, 4, FTW_PHYS) != 0;
  else if (n > 0)
    failed |= pthread_once (&onces[n], init) != 0;
  failed |= p[0] != (char) n || p[SIZE - 1] != (char) (n >> 8);
  total += n;
  free ((void *) p);
}

static int
nested (enum through how, int depth)
{
  through = how;
  total = 0;
  nest (depth);
  return total == (long) depth * (depth + 1) / 2;
}

int
main (void)
{
  static int key = 1;
  if (!tsearch (&key, &tree, compare))
    return 1;
  return failed || !nested (TWALK, DEPTH) || !nested (NFTW, DEPTH / 2)
	 || !nested (ONCE, DEPTH);
}
