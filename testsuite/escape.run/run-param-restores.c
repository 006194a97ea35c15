/* A callee that swaps a field of the struct it is given for a while and puts
   the old value back (old = m->log; m->log = path; ...; m->log = old, as gnulib
   regex's check_arrival does with mctx->state_log) puts nothing new into its
   caller's struct: the block in that field moves to the stack.  The neighbours
   stay on the heap: a callee that moves the field's value into another field,
   one that keeps it in a global.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m" } */
#include <stdlib.h>
#include "clobber.h"

struct ctx { int *log; int *saved; long n; };

int *kept;

__attribute__ ((noinline)) static int
detour (struct ctx *m, int *path)	/* { dg-message "leaking param content: m" } */
/* { dg-message "leaking param: path" "" { target *-*-* } 17 } */
{
  int *old = m->log;
  m->log = path;
  int r = m->log[0];
  m->log = old;
  return r + m->log[1];
}

__attribute__ ((noinline)) static void
set_aside (struct ctx *m)	/* { dg-message "leaking param content: m" } */
{
  m->saved = m->log;
}

__attribute__ ((noinline)) static void
keep (struct ctx *m)	/* { dg-message "leaking param content: m" } */
{
  kept = m->log;
}

__attribute__ ((noinline)) static int
restored (void)
{
  struct ctx m;
  int path[2] = { 40, 0 };
  m.log = malloc (2 * sizeof (int));	/* { dg-message "moved to stack: malloc\\(8\\)" } */
  m.log[0] = 1;
  m.log[1] = 2;
  int r = detour (&m, path);
  clobber (1);
  r += m.log[0];
  free (m.log);
  return r;
}

__attribute__ ((noinline)) static int
moved_aside (void)
{
  struct ctx m;
  m.log = malloc (2 * sizeof (int));	/* { dg-message "malloc\\(8\\) escapes to heap" } */
  m.log[0] = 3;
  set_aside (&m);
  m.log = 0;
  int r = m.saved[0];
  free (m.saved);
  return r;
}

__attribute__ ((noinline)) static void
kept_in_global (void)
{
  struct ctx m;
  m.log = malloc (2 * sizeof (int));	/* { dg-message "malloc\\(8\\) escapes to heap" } */
  m.log[0] = 4;
  keep (&m);
}

int
main (void)
{
  if (restored () != 40 + 2 + 1 || moved_aside () != 3)
    abort ();
  kept_in_global ();
  clobber (2);
  if (kept[0] != 4)
    abort ();
  free (kept);
  return 0;
}
