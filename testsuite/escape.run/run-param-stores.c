/* A callee of this file that stores its arguments into the struct it is given
   (an initializer: c->states = states) tells its callers so: a block the caller
   stores so into its own local struct moves to the stack.  The neighbours stay
   on the heap: the struct is a global's, the caller keeps the field, the callee
   reads the field back and keeps it, the callee stores a block of its own, the
   callee stores what its argument points to (one dereference) and the caller
   keeps that.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m" } */
#include <stdlib.h>
#include <string.h>
#include "clobber.h"

struct ctx { int *states; long n; char *name; };

struct ctx global_ctx;
int *kept;
char *kept_name;

__attribute__ ((noinline)) static void
init (struct ctx *c, int *states, long n)	/* { dg-message "c does not escape" } */
/* { dg-message "leaking param: states" "" { target *-*-* } 21 } */
{
  c->states = states;
  c->n = n;
}

__attribute__ ((noinline)) static void
init_and_keep (struct ctx *c, int *states)	/* { dg-message "leaking param content: c" } */
/* { dg-message "leaking param: states" "" { target *-*-* } 29 } */
{
  c->states = states;
  kept = c->states;
}

__attribute__ ((noinline)) static void
name_it (struct ctx *c)	/* { dg-message "c does not escape" } */
{
  c->name = malloc (8);	/* { dg-message "malloc\\(8\\) escapes to heap" } */
  strcpy (c->name, "ctx");
}

__attribute__ ((noinline)) static void
init_from (struct ctx *c, int **slot)	/* { dg-message "c does not escape" } */
/* { dg-message "leaking param content: slot" "" { target *-*-* } 44 } */
{
  c->states = *slot;
}

__attribute__ ((noinline)) static long
sum (const struct ctx *c)	/* { dg-message "c does not escape" } */
{
  long s = 0;
  for (long i = 0; i < c->n; i++)
    s += c->states[i];
  return s;
}

/* init stores the block into a local struct: it moves.  */
__attribute__ ((noinline)) static long
local_struct (long n)
{
  struct ctx c;
  int *states = malloc (16 * sizeof (int));	/* { dg-message "moved to stack: malloc\\(64\\)" } */
  for (int i = 0; i < 16; i++)
    states[i] = i;
  init (&c, states, n);
  long r = sum (&c);
  free (c.states);
  return r;
}

/* init stores the block into a global struct.  */
__attribute__ ((noinline)) static void
global_struct (void)
{
  int *states = malloc (16 * sizeof (int));	/* { dg-message "malloc\\(64\\) escapes to heap" } */
  for (int i = 0; i < 16; i++)
    states[i] = 2 * i;
  init (&global_ctx, states, 16);
}

/* The caller keeps the field init filled.  */
__attribute__ ((noinline)) static void
field_kept (void)
{
  struct ctx c;
  int *states = malloc (4 * sizeof (int));	/* { dg-message "malloc\\(16\\) escapes to heap" } */
  memset (states, 0, 4 * sizeof (int));
  states[3] = 7;
  init (&c, states, 4);
  kept = c.states;
}

/* init_and_keep reads the field back and keeps it.  */
__attribute__ ((noinline)) static void
read_back (void)
{
  struct ctx c;
  int *states = malloc (4 * sizeof (int));	/* { dg-message "malloc\\(16\\) escapes to heap" } */
  states[0] = 9;
  init_and_keep (&c, states);
}

/* name_it stores a block of its own: the caller's copy of it is the heap's.  */
__attribute__ ((noinline)) static void
named (void)
{
  struct ctx c;
  name_it (&c);
  kept_name = c.name;
}

/* init_from stores what its argument points to: moved while the caller keeps
   it in the frame, kept on the heap once the caller keeps the field.  */
__attribute__ ((noinline)) static long
through_slot (int keep)
{
  struct ctx c;
  int *states = malloc (2 * sizeof (int));	/* { dg-message "malloc\\(8\\) escapes to heap" } */
  states[0] = 5;
  states[1] = 6;
  init_from (&c, &states);
  c.n = 2;
  long r = sum (&c);
  if (keep)
    kept = c.states;
  else
    free (states);
  return r;
}

__attribute__ ((noinline)) static long
through_slot_local (void)
{
  struct ctx c;
  int *states = malloc (2 * sizeof (int));	/* { dg-message "moved to stack: malloc\\(8\\)" } */
  states[0] = 1;
  states[1] = 2;
  init_from (&c, &states);
  c.n = 2;
  long r = sum (&c);
  free (states);
  return r;
}

/* init_via passes its arguments on to init: the store reaches the first
   caller's local struct through both summaries.  */
__attribute__ ((noinline)) static void
init_via (struct ctx *c, int *states, long n)	/* { dg-message "c does not escape" } */
/* { dg-message "leaking param: states" "" { target *-*-* } 150 } */
{
  init (c, states, n);
}

__attribute__ ((noinline)) static long
chained (void)
{
  struct ctx c;
  int *states = malloc (4 * sizeof (int));	/* { dg-message "moved to stack: malloc\\(16\\)" } */
  for (int i = 0; i < 4; i++)
    states[i] = 10 * i;
  init_via (&c, states, 4);
  long r = sum (&c);
  free (states);
  return r;
}

/* Through init_via into a caller's struct: the block leaves.  */
__attribute__ ((noinline)) static void
chained_out (struct ctx *out)	/* { dg-message "out does not escape" } */
{
  int *states = malloc (4 * sizeof (int));	/* { dg-message "malloc\\(16\\) escapes to heap" } */
  for (int i = 0; i < 4; i++)
    states[i] = i;
  init_via (out, states, 4);
}

/* A list that starts in its own scratch space (gnulib's dynarray): its init
   stores into the list what points into the list.  A block whose contents are
   copied into such a list, and the list freed, is not freed by that.  */
struct list { long *array; long n; long scratch[4]; };

__attribute__ ((noinline)) static void
list_init (struct list *l)	/* { dg-message "leaking param: l" } */
{
  l->array = l->scratch;
  l->n = 4;
}

__attribute__ ((noinline)) static void
list_free (struct list *l)	/* { dg-message "l does not escape" } */
{
  if (l->array != l->scratch)
    free (l->array);
}

__attribute__ ((noinline)) static long
copy_matches (const long *matches, long n)	/* { dg-message "leaking param content: matches" } */
{
  struct list prev;	/* { dg-message "&prev escapes to heap" } */
  list_init (&prev);
  memcpy (prev.array, matches, n * sizeof *matches);
  long r = prev.array[n - 1];
  list_free (&prev);
  return r;
}

__attribute__ ((noinline)) static long
matched (long n)
{
  long *matches = malloc (n * sizeof *matches);	/* { dg-message "moved to stack: malloc\\(\\.\\.\\.\\)" } */
  for (long i = 0; i < n; i++)
    matches[i] = 3 * i;
  long r = copy_matches (matches, n);
  free (matches);
  return r;
}

int
main (void)
{
  if (local_struct (16) != 120)
    abort ();
  global_struct ();
  clobber (1);
  if (sum (&global_ctx) != 240)
    abort ();
  free (global_ctx.states);
  field_kept ();
  clobber (2);
  if (kept[3] != 7)
    abort ();
  free (kept);
  read_back ();
  clobber (3);
  if (kept[0] != 9)
    abort ();
  free (kept);
  named ();
  clobber (4);
  if (strcmp (kept_name, "ctx"))
    abort ();
  free (kept_name);
  if (through_slot (1) != 11)
    abort ();
  clobber (5);
  if (kept[1] != 6)
    abort ();
  free (kept);
  if (through_slot (0) != 11 || through_slot_local () != 3 || chained () != 60)
    abort ();
  struct ctx out;
  chained_out (&out);
  clobber (6);
  if (sum (&out) != 6)
    abort ();
  free (out.states);
  if (matched (4) != 9)
    abort ();
  return 0;
}
