/* A summary lists the parts of what a parameter points to whose values leak,
   and callers load those parts of what their argument points to: a block held
   in a field the callee does not touch stays in the caller's frame.  Its
   neighbours: a struct returned whole, the address of a field returned, a
   summary with more parts than it keeps (merged), a field of a field (the
   summary names the outer field: all of the struct it points to leaks), an
   argument at a place known only at run time (all it points to leaks).  */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m" } */
#include <stdlib.h>

struct buf { char *data; size_t len; char *scratch; };
struct wide { char *f0, *f1, *f2, *f3, *f4, *f5; };
struct chain { struct chain *next; char *data; char *scratch; };

char *kept;
struct buf gbuf;

__attribute__ ((noinline)) char *
data_of (struct buf *b)	/* { dg-message "leaking param: b to result ~r0 level=1" } */
{
  return b->data;
}

__attribute__ ((noinline)) char *
either (struct buf *a, struct buf *b, int c)	/* { dg-message "leaking param: a to result ~r0 level=1" } */
/* { dg-message "leaking param: b to result ~r0 level=1" "" { target *-*-* } 25 } */
{
  struct buf *x = c ? a : b;
  return x->data;
}

__attribute__ ((noinline)) char *
or_global (struct buf *a, int c)	/* { dg-message "leaking param: a to result ~r0 level=1" } */
{
  struct buf *x = c ? a : &gbuf;
  return x->data;
}

__attribute__ ((noinline)) struct buf
copy_of (struct buf *b)	/* { dg-message "leaking param: b to result ~r0 level=1" } */
{
  return *b;
}

__attribute__ ((noinline)) char **
scratch_addr (struct buf *b)	/* { dg-message "leaking param: b to result ~r0 level=0" } */
{
  return &b->scratch;
}

__attribute__ ((noinline)) char *
pick (struct wide *w, int i)	/* { dg-message "leaking param: w to result ~r0 level=1" } */
{
  switch (i)
    {
    case 0: return w->f0;
    case 1: return w->f1;
    case 2: return w->f2;
    case 3: return w->f3;
    default: return w->f4;
    }
}

__attribute__ ((noinline)) char *
next_data (struct chain *c)	/* { dg-message "leaking param: c to result ~r0 level=2" } */
{
  return c->next->data;
}

void
two_params (int c)
{
  struct buf a, b;
  a.data = malloc (16);	/* { dg-message "malloc\\(16\\) escapes to heap" } */
  a.scratch = malloc (32);	/* { dg-message "moved to stack: malloc\\(32\\)" } */
  b.data = malloc (17);	/* { dg-message "malloc\\(17\\) escapes to heap" } */
  b.scratch = malloc (33);	/* { dg-message "moved to stack: malloc\\(33\\)" } */
  kept = either (&a, &b, c);
  free (a.scratch);
  free (b.scratch);
}

void
param_or_global (int c)
{
  struct buf a;
  a.data = malloc (16);	/* { dg-message "malloc\\(16\\) escapes to heap" } */
  a.scratch = malloc (32);	/* { dg-message "moved to stack: malloc\\(32\\)" } */
  kept = or_global (&a, c);
  free (a.scratch);
}

void
whole_copy_returned (void)
{
  struct buf b;
  b.data = malloc (16);	/* { dg-message "malloc\\(16\\) escapes to heap" } */
  b.scratch = malloc (32);	/* { dg-message "malloc\\(32\\) escapes to heap" } */
  struct buf c = copy_of (&b);
  kept = c.data;
  free (b.scratch);
}

void
field_address_returned (void)
{
  struct buf b;
  b.data = malloc (16);	/* { dg-message "malloc\\(16\\) escapes to heap" } */
  b.scratch = malloc (32);	/* { dg-message "malloc\\(32\\) escapes to heap" } */
  kept = *scratch_addr (&b);
  free (b.data);
}

void
merged_parts (int i)
{
  struct wide w;
  w.f0 = malloc (10);	/* { dg-message "malloc\\(10\\) escapes to heap" } */
  w.f1 = malloc (11);	/* { dg-message "malloc\\(11\\) escapes to heap" } */
  w.f2 = malloc (12);	/* { dg-message "malloc\\(12\\) escapes to heap" } */
  w.f3 = malloc (13);	/* { dg-message "malloc\\(13\\) escapes to heap" } */
  w.f4 = malloc (14);	/* { dg-message "malloc\\(14\\) escapes to heap" } */
  w.f5 = malloc (15);	/* { dg-message "moved to stack: malloc\\(15\\)" } */
  kept = pick (&w, i);
  free (w.f5);
}

void
field_of_field (void)
{
  struct chain inner, outer;
  inner.data = malloc (16);	/* { dg-message "malloc\\(16\\) escapes to heap" } */
  inner.scratch = malloc (32);	/* { dg-message "malloc\\(32\\) escapes to heap" } */
  inner.next = NULL;
  outer.next = &inner;
  outer.data = malloc (48);	/* { dg-message "moved to stack: malloc\\(48\\)" } */
  outer.scratch = NULL;
  kept = next_data (&outer);
  free (inner.scratch);
  free (outer.data);
}

void
element_at_run_time (int n)
{
  struct buf arr[2];
  arr[0].data = malloc (16);	/* { dg-message "malloc\\(16\\) escapes to heap" } */
  arr[0].scratch = malloc (32);	/* { dg-message "malloc\\(32\\) escapes to heap" } */
  arr[1].data = arr[1].scratch = NULL;
  kept = data_of (&arr[n]);
  free (arr[0].scratch);
}

void
element_at_constant (void)
{
  struct buf arr[2];
  arr[0].data = malloc (16);	/* { dg-message "moved to stack: malloc\\(16\\)" } */
  arr[0].scratch = malloc (32);	/* { dg-message "moved to stack: malloc\\(32\\)" } */
  arr[1].data = malloc (17);	/* { dg-message "malloc\\(17\\) escapes to heap" } */
  arr[1].scratch = malloc (33);	/* { dg-message "moved to stack: malloc\\(33\\)" } */
  kept = data_of (&arr[1]);
  free (arr[0].data);
  free (arr[0].scratch);
  free (arr[1].scratch);
}

__attribute__ ((noinline)) size_t
len_of (const struct buf *b)	/* { dg-message "b does not escape" } */
{
  return b->len;
}

size_t kept_len;

/* A length as wide as a pointer, returned and kept: the data block moves.  */
int
length_kept (size_t n)
{
  struct buf b = { malloc (16), n, NULL };	/* { dg-message "moved to stack: malloc\\(16\\)" } */
  kept_len = len_of (&b);
  b.data[0] = 1;
  int r = b.data[0];
  free (b.data);
  return r;
}
