/* Blocks whose struct's other field is read and returned, or whose struct's
   other pointer field only ever held NULL, move to the stack and behave as
   before; a pointer read from a field a callee wrote still leads where the
   callee said.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m" } */
#include <stdlib.h>
#include <string.h>

struct buf { char *data; size_t len; };
struct pair { char *a, *b; };
struct slot { char **where; long n; };
static char *cell;

__attribute__ ((noinline)) static size_t
length_returned (size_t n)
{
  struct buf b = { malloc (16), n };	/* { dg-message "moved to stack: malloc\\(16\\)" } */
  strcpy (b.data, "length");
  size_t r = b.len + (size_t) b.data[1];
  free (b.data);
  return r;
}

__attribute__ ((noinline)) static char *
null_field_returned (int v)
{
  struct pair s;
  s.a = malloc (16);	/* { dg-message "moved to stack: malloc\\(16\\)" } */
  s.b = NULL;
  s.a[0] = (char) v;
  if (s.a[0] != (char) v)
    abort ();
  char *r = s.b;
  free (s.a);
  return r;
}

__attribute__ ((noinline)) static void
fill (struct slot *s)	/* { dg-message "s does not escape" } */
{
  s->where = &cell;
}

__attribute__ ((noinline)) static void
written_by_callee (void)
{
  struct slot s = { NULL, 0 };
  fill (&s);
  *s.where = malloc (16);	/* { dg-message "malloc\\(16\\) escapes to heap" } */
  strcpy (*s.where, "kept");
}

__attribute__ ((noinline)) static void
clobber (void)
{
  volatile char buf[256];
  for (int i = 0; i < 256; i++)
    buf[i] = (char) 0x5a;
}

int
main (void)
{
  if (length_returned (7) != 7 + 'e' || null_field_returned (3) != NULL)
    abort ();
  written_by_callee ();
  clobber ();
  if (strcmp (cell, "kept") != 0)
    abort ();
  free (cell);
  return 0;
}
