/* -fplugin-arg-escape-guard: a block that a callee of this file frees, or grows
   with realloc, moves to the stack and is registered with the guard runtime,
   since every free and realloc of the file checks the runtime's table first.
   The copy a realloc makes holds the block's bytes, also where the callee
   stores it in a global that outlives the frame.  A block grown with realloc
   in its own frame moves too (stack first, heap once it grows).  The
   neighbours stay on the heap: a callee keeps the block, a free through a
   function pointer, a free in a function of another file.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-guard -fplugin-arg-escape-m" } */
/* { dg-additional-sources "run-guard-callee-frees-aux.c" } */
#include <stdlib.h>
#include <string.h>
#include "clobber.h"

struct buf { char *data; size_t len, cap; };

char *kept;
char *grown_global;
void (*release_fn) (void *) = free;
void release_elsewhere (void *p);

__attribute__ ((noinline)) static void
release (char *p)	/* { dg-message "p does not escape" } */
{
  free (p);
}

__attribute__ ((noinline)) static void
grow (struct buf *b, size_t need)	/* { dg-message "leaking param content: b" } */
{
  if (need > b->cap)
    {
      b->cap = need * 2;
      b->data = realloc (b->data, b->cap);	/* { dg-message "realloc\\(\\.\\.\\., \\.\\.\\.\\) escapes to heap" } */
    }
}

__attribute__ ((noinline)) static void
keep (char *p)	/* { dg-message "leaking param: p" } */
{
  kept = p;
}

__attribute__ ((noinline)) static void
grow_into_global (char *p, size_t n)	/* { dg-message "leaking param content: p" } */
{
  grown_global = realloc (p, n);	/* { dg-message "realloc\\(p, n\\) escapes to heap" } */
}

__attribute__ ((noinline)) static int
freed_by_callee (int n)
{
  char *p = malloc (32);	/* { dg-message "moved to stack: malloc\\(32\\)" } */
  memset (p, n, 32);
  int r = p[5] + clobber (n);
  release (p);
  return r;
}

__attribute__ ((noinline)) static size_t
grown_by_callee (const char *s)	/* { dg-message "leaking param content: s" } */
{
  struct buf b = { malloc (8), 0, 8 };	/* { dg-message "moved to stack: malloc\\(8\\)" } */
  b.data[0] = 0;
  size_t n = strlen (s);
  grow (&b, n + 1);
  memcpy (b.data, s, n + 1);
  clobber (1);
  size_t r = strcmp (b.data, s) ? 0 : strlen (b.data);
  free (b.data);
  return r;
}

__attribute__ ((noinline)) static int
grown_in_frame (void)
{
  int *p = malloc (4 * sizeof (int));	/* { dg-message "moved to stack: malloc\\(16\\)" } */
  for (int i = 0; i < 4; i++)
    p[i] = i;
  p = realloc (p, 64 * sizeof (int));	/* { dg-message "realloc\\(p, 256\\) does not escape" } */
  for (int i = 4; i < 64; i++)
    p[i] = i;
  int s = 0;
  for (int i = 0; i < 64; i++)
    s += p[i];
  free (p);
  return s;
}

__attribute__ ((noinline)) static void
into_global (void)
{
  char *p = malloc (16);	/* { dg-message "moved to stack: malloc\\(16\\)" } */
  strcpy (p, "global");
  grow_into_global (p, 64);
}

__attribute__ ((noinline)) static void
kept_by_callee (void)
{
  char *p = malloc (16);	/* { dg-message "malloc\\(16\\) escapes to heap" } */
  keep (p);
}

__attribute__ ((noinline)) static void
freed_through_pointer (void)
{
  char *p = malloc (16);	/* { dg-message "malloc\\(16\\) escapes to heap" } */
  release_fn (p);
}

__attribute__ ((noinline)) static void
freed_elsewhere (void)
{
  char *p = malloc (16);	/* { dg-message "malloc\\(16\\) escapes to heap" } */
  release_elsewhere (p);
}

int
main (void)
{
  if (freed_by_callee (3) != 3 + clobber (3))
    abort ();
  if (grown_by_callee ("a string longer than eight bytes") != 32
      || grown_by_callee ("short") != 5)
    abort ();
  if (grown_in_frame () != 64 * 63 / 2)
    abort ();
  into_global ();
  clobber (2);
  if (strcmp (grown_global, "global"))
    abort ();
  free (grown_global);
  kept_by_callee ();
  clobber (4);
  strcpy (kept, "kept");
  free (kept);
  freed_through_pointer ();
  freed_elsewhere ();
  return 0;
}
