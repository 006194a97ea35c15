/* Field-sensitive loads: a value read from one field of a local struct (or of a
   block through a pointer that holds its start) carries only what was written
   into that field.  A length read and returned, or a pointer field that only
   ever held NULL, no longer carries the block the struct's other field points
   to.  The unsound neighbours keep it: a union member over the pointer, a field
   that was given the pointer's bits, a store at an offset known only at run
   time, a struct that a callee wrote a pointer into (its summary says only that
   it writes memory it does not own): a pointer stored through what was read
   from it escapes.  */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m" } */

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

struct buf { char *data; size_t len; };
struct pair { char *a, *b; };

size_t
length_returned (size_t n)
{
  struct buf b = { malloc (16), n };	/* { dg-message "moved to stack: malloc\\(16\\)" } */
  memset (b.data, 0, 16);
  size_t r = b.len;
  free (b.data);
  return r;
}

char *
null_field_returned (void)
{
  struct pair s;
  s.a = malloc (16);	/* { dg-message "moved to stack: malloc\\(16\\)" } */
  s.b = NULL;
  s.a[0] = 1;
  char *r = s.b;
  free (s.a);
  return r;
}

size_t
through_start_pointer (size_t n)
{
  struct buf *b = malloc (sizeof *b);	/* { dg-message "moved to stack: malloc\\(16\\)" } */
  b->data = malloc (16);	/* { dg-message "moved to stack: malloc\\(16\\)" } */
  b->len = n;
  b->data[0] = 1;
  size_t r = b->len;
  free (b->data);
  free (b);
  return r;
}

union word { char *p; size_t n; };

size_t
union_member (void)
{
  union word w;
  w.p = malloc (16);	/* { dg-message "malloc\\(16\\) escapes to heap" } */
  return w.n;
}

size_t
pointer_bits_in_length (void)
{
  struct buf b;
  b.data = malloc (16);	/* { dg-message "malloc\\(16\\) escapes to heap" } */
  b.len = (size_t) (uintptr_t) b.data;
  return b.len;
}

size_t
store_at_run_time_offset (int k)
{
  size_t off = (size_t) (k & 1) * sizeof (char *);
  struct buf b = { NULL, 0 };
  char *p = malloc (16);	/* { dg-message "malloc\\(16\\) escapes to heap" } */
  memcpy ((char *) &b + off, &p, sizeof p);
  return b.len;
}

char *g_cell;
struct slot { char **where; long n; };

__attribute__ ((noinline)) void
fill (struct slot *s)	/* { dg-message "s does not escape" } */
{
  s->where = &g_cell;
}

void
written_by_callee (int c)
{
  char *local[1];
  struct slot s = { NULL, 0 };
  fill (&s);
  char **w = c ? s.where : local;
  *w = malloc (16);	/* { dg-message "malloc\\(16\\) escapes to heap" } */
}

int *
variable_index_store (int *i, int k)	/* { dg-message "leaking param: i to result ~r0 level=0" } */
{
  int *a[4] = { 0 };
  a[k & 3] = i;
  return a[1];
}
