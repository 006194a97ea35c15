/* A callee's summary says which field of a struct it returns, keeps or frees: a
   block held in another field of the caller's struct moves to the stack.  Each
   shape runs promoted and computes what it did on the heap.  Its neighbours stay
   on the heap: a callee that copies one field into another before returning it,
   a field reached through pointer arithmetic.  A pointer into the middle of a
   struct passes the fields from there.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m" } */
#include <stdlib.h>
#include <string.h>

struct buf { char *data; size_t len; char *scratch; };
struct pair { struct buf first, second; };

char *kept;

__attribute__ ((noinline)) static char *
data_of (struct buf *b)	/* { dg-message "leaking param: b to result ~r0 level=1" } */
{
  return b->data;
}

__attribute__ ((noinline)) static void
keep_data (struct buf *b)	/* { dg-message "leaking param content: b" } */
{
  kept = b->data;
}

__attribute__ ((noinline)) static void
drop_data (struct buf *b)	/* { dg-message "b does not escape" } */
{
  free (b->data);
  b->data = NULL;
}

__attribute__ ((noinline)) static char *
via_data_of (struct buf *b)	/* { dg-message "leaking param: b to result ~r0 level=1" } */
{
  return data_of (b);
}

__attribute__ ((noinline)) static char *
second_data (struct buf *b)	/* { dg-message "leaking param: b to result ~r0 level=1" } */
{
  return b[1].data;
}

__attribute__ ((noinline)) static char *
scratch_into_data (struct buf *b)	/* { dg-message "leaking param content: b" } */
/* { dg-message "leaking param: b to result ~r0 level=1" "" { target *-*-* } 49 } */
{
  b->data = b->scratch;
  return b->data;
}

__attribute__ ((noinline)) static char *
data_by_arithmetic (struct buf *b)	/* { dg-message "leaking param: b to result ~r0 level=1" } */
{
  char **fields = (char **) b;
  return fields[2 * (b->len > 100)];
}

/* data_of returns the data field: the scratch block stays in the frame.  */
__attribute__ ((noinline)) static int
returned_field (void)
{
  struct buf b;
  b.data = malloc (16);	/* { dg-message "moved to stack: malloc\\(16\\)" } */
  b.scratch = malloc (32);	/* { dg-message "moved to stack: malloc\\(32\\)" } */
  b.len = 16;
  strcpy (b.data, "data");
  strcpy (b.scratch, "scratch");
  char *d = data_of (&b);
  int r = d[0] + b.scratch[1];
  free (b.scratch);
  free (b.data);
  return r;
}

/* keep_data keeps the data field: the scratch block stays in the frame.  */
__attribute__ ((noinline)) static int
kept_field (void)
{
  struct buf b;
  b.data = malloc (16);	/* { dg-message "malloc\\(16\\) escapes to heap" } */
  b.scratch = malloc (32);	/* { dg-message "moved to stack: malloc\\(32\\)" } */
  strcpy (b.data, "data");
  strcpy (b.scratch, "scratch");
  keep_data (&b);
  int r = kept[1] + b.scratch[2];
  free (b.scratch);
  return r;
}

/* drop_data frees the data field only: the scratch block, freed here, moves.  */
__attribute__ ((noinline)) static int
freed_field (void)
{
  struct buf b;
  b.data = malloc (16);	/* { dg-message "malloc\\(16\\) does not escape" } */
  b.scratch = malloc (32);	/* { dg-message "moved to stack: malloc\\(32\\)" } */
  strcpy (b.scratch, "scratch");
  drop_data (&b);
  int r = b.scratch[3] + (b.data == NULL);
  free (b.scratch);
  return r;
}

/* Through a callee of a callee, and through an allocated struct.  */
__attribute__ ((noinline)) static int
nested_and_allocated (void)
{
  struct buf *b = malloc (sizeof *b);	/* { dg-message "moved to stack: malloc\\(24\\)" } */
  b->data = malloc (16);	/* { dg-message "moved to stack: malloc\\(16\\)" } */
  b->scratch = malloc (32);	/* { dg-message "moved to stack: malloc\\(32\\)" } */
  strcpy (b->data, "data");
  strcpy (b->scratch, "scratch");
  char *d = via_data_of (b);
  int r = d[1] + b->scratch[4];
  free (b->scratch);
  free (b->data);
  free (b);
  return r;
}

/* second_data reads the data field of the second element.  */
__attribute__ ((noinline)) static int
array_element (void)
{
  struct buf arr[2];
  arr[0].data = malloc (16);	/* { dg-message "moved to stack: malloc\\(16\\)" } */
  arr[1].data = malloc (16);	/* { dg-message "moved to stack: malloc\\(16\\)" } */
  arr[0].scratch = arr[1].scratch = NULL;
  strcpy (arr[0].data, "zero");
  strcpy (arr[1].data, "one");
  char *d = second_data (arr);
  int r = d[0] + arr[0].data[0];
  free (arr[0].data);
  free (arr[1].data);
  return r;
}

/* scratch_into_data returns what was in the scratch field.  */
__attribute__ ((noinline)) static int
copied_between_fields (void)
{
  struct buf b;
  b.data = malloc (16);	/* { dg-message "moved to stack: malloc\\(16\\)" } */
  b.scratch = malloc (32);	/* { dg-message "malloc\\(32\\) escapes to heap" } */
  strcpy (b.data, "data");
  strcpy (b.scratch, "scratch");
  char *old = b.data;
  char *d = scratch_into_data (&b);
  int r = d[0] + (d == b.scratch) + (old != d);
  free (old);
  free (b.scratch);
  return r;
}

/* data_by_arithmetic returns the scratch field when len > 100.  */
__attribute__ ((noinline)) static int
field_by_arithmetic (void)
{
  struct buf b;
  b.data = malloc (16);	/* { dg-message "malloc\\(16\\) escapes to heap" } */
  b.scratch = malloc (32);	/* { dg-message "malloc\\(32\\) escapes to heap" } */
  b.len = 200;
  strcpy (b.data, "data");
  strcpy (b.scratch, "scratch");
  char *d = data_by_arithmetic (&b);
  int r = d[0] + (d == b.scratch);
  kept = d;
  free (b.data);
  return r;
}

/* data_of is given the second struct of a pair: it returns that one's data.  */
__attribute__ ((noinline)) static int
pointer_into_struct (void)
{
  struct pair p;
  p.first.data = malloc (16);	/* { dg-message "moved to stack: malloc\\(16\\)" } */
  p.second.data = malloc (32);	/* { dg-message "malloc\\(32\\) escapes to heap" } */
  p.first.scratch = p.second.scratch = NULL;
  strcpy (p.first.data, "first");
  strcpy (p.second.data, "second");
  kept = data_of (&p.second);
  int r = kept[1] + p.first.data[0];
  free (p.first.data);
  return r;
}

int
main (void)
{
  if (returned_field () != 'd' + 'c')
    abort ();
  if (kept_field () != 'a' + 'r')
    abort ();
  free (kept);
  if (freed_field () != 'a' + 1)
    abort ();
  if (nested_and_allocated () != 'a' + 't')
    abort ();
  if (array_element () != 'o' + 'z')
    abort ();
  if (copied_between_fields () != 's' + 2)
    abort ();
  if (field_by_arithmetic () != 's' + 1)
    abort ();
  free (kept);
  if (pointer_into_struct () != 'e' + 'f')
    abort ();
  free (kept);
  return 0;
}
