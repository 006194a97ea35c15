/* A callee of this file that writes into the caller's struct (grows a field
   with realloc, fills a field with a block of its own) leaves the blocks held
   in the struct's other fields to the caller: they move to the stack.  What the
   callee writes points outside the frame or is a value its summary leaks, so
   the neighbours stay on the heap: a callee that copies one field into another
   that the caller then keeps, a block the caller stores through the pointer the
   callee wrote, a callee that keeps the field.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m" } */
#include <stdlib.h>
#include <string.h>
#include "clobber.h"

struct input { const char *s; size_t len; char *buf; size_t cap; };
struct match { struct input input; int *log; char **slot; char *copy; };

char *kept;
char **kept_slot;

__attribute__ ((noinline)) static void
grow (struct input *in, size_t n)	/* { dg-message "leaking param content: in" } */
{
  if (in->cap < n)
    {
      in->buf = realloc (in->buf, n);	/* { dg-message "realloc\\(\\.\\.\\., n\\) escapes to heap" } */
      in->cap = n;
    }
  memcpy (in->buf, in->s, n < in->len ? n : in->len);
}

__attribute__ ((noinline)) static void
fill_slot (struct match *m)	/* { dg-message "m does not escape" } */
{
  m->slot = malloc (sizeof (char *));	/* { dg-message "malloc\\(8\\) escapes to heap" } */
}

__attribute__ ((noinline)) static void
copy_log (struct match *m)	/* { dg-message "leaking param content: m" } */
{
  m->copy = (char *) m->log;
}

__attribute__ ((noinline)) static void
keep_buf (struct input *in)	/* { dg-message "leaking param content: in" } */
{
  kept = in->buf;
}

/* grow writes a block of its own into input.buf: the log stays in the frame.  */
__attribute__ ((noinline)) static int
grown_field (const char *s, int n)	/* { dg-message "leaking param content: s" } */
{
  struct match m;
  memset (&m, 0, sizeof m);
  m.input.s = s;
  m.input.len = strlen (s);
  m.log = malloc (n * sizeof (int));	/* { dg-message "moved to stack: malloc\\(\\.\\.\\.\\)" } */
  grow (&m.input, 4);
  grow (&m.input, 8);
  for (int i = 0; i < n; i++)
    m.log[i] = m.input.buf[i % 4];
  int r = m.log[n - 1];
  free (m.log);
  free (m.input.buf);
  return r;
}

/* fill_slot writes a block of its own into slot: a block stored through it
   escapes.  */
__attribute__ ((noinline)) static void
through_written (void)
{
  struct match m;
  memset (&m, 0, sizeof m);
  char *name = malloc (16);	/* { dg-message "malloc\\(16\\) escapes to heap" } */
  strcpy (name, "through");
  fill_slot (&m);
  m.slot[0] = name;
  kept_slot = m.slot;
}

/* copy_log copies the log into copy, which the caller keeps.  */
__attribute__ ((noinline)) static void
copied_then_kept (void)
{
  struct match m;
  memset (&m, 0, sizeof m);
  m.log = malloc (16);	/* { dg-message "malloc\\(16\\) escapes to heap" } */
  memcpy (m.log, "copied", 7);
  copy_log (&m);
  kept = m.copy;
}

/* keep_buf keeps input.buf: the block stays on the heap, the log moves.  */
__attribute__ ((noinline)) static int
kept_field (void)
{
  struct match m;
  memset (&m, 0, sizeof m);
  m.input.buf = malloc (16);	/* { dg-message "malloc\\(16\\) escapes to heap" } */
  m.log = malloc (8 * sizeof (int));	/* { dg-message "moved to stack: malloc\\(32\\)" } */
  strcpy (m.input.buf, "kept");
  keep_buf (&m.input);
  m.log[7] = m.input.buf[1];
  int r = m.log[7];
  free (m.log);
  return r;
}

int
main (void)
{
  if (grown_field ("abcdefgh", 10) != 'b')
    abort ();
  through_written ();
  clobber (1);
  if (strcmp (kept_slot[0], "through"))
    abort ();
  copied_then_kept ();
  clobber (2);
  if (strcmp (kept, "copied"))
    abort ();
  free (kept);
  if (kept_field () != 'e' || strcmp (kept, "kept"))
    abort ();
  free (kept_slot[0]);
  free (kept_slot);
  return 0;
}
