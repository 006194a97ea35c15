/* A summary lists the parts of what a parameter points to whose values leak,
   and callers load those parts of what their argument points to: a block held
   in a field the callee does not touch stays in the caller's frame, through a
   phi of two parameters, a phi of a parameter and a global, a summary with more
   parts than it keeps (merged), the outer field of a field, an array element
   at a constant index, a length as wide as a pointer.  Their neighbours stay on
   the heap: a struct returned whole, the address of a field returned, the
   fields the merged part covers, all of the struct a field of a field points
   to, an argument at a place known only at run time.  Each shape runs promoted
   and computes what it did on the heap.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m" } */
#include <stdlib.h>
#include <string.h>

struct buf { char *data; size_t len; char *scratch; };
struct wide { char *f0, *f1, *f2, *f3, *f4, *f5; };
struct chain { struct chain *next; char *data; char *scratch; };

char *kept;
struct buf gbuf;

static char *
filled (size_t n, const char *text)	/* { dg-message "text does not escape" } */
{
  char *p = malloc (n);	/* { dg-message "malloc\\(n\\) escapes to heap" } */
  if (!p)
    abort ();
  strcpy (p, text);
  return p;
}

__attribute__ ((noinline)) char *
data_of (struct buf *b)	/* { dg-message "leaking param: b to result ~r0 level=1" } */
{
  return b->data;
}

__attribute__ ((noinline)) char *
either (struct buf *a, struct buf *b, int c)	/* { dg-message "leaking param: a to result ~r0 level=1" } */
/* { dg-message "leaking param: b to result ~r0 level=1" "" { target *-*-* } 40 } */
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

__attribute__ ((noinline)) size_t
len_of (const struct buf *b)	/* { dg-message "b does not escape" } */
{
  return b->len;
}

__attribute__ ((noinline)) static int
two_params (int c)
{
  struct buf a, b;
  a.data = filled (16, "a-data");
  a.scratch = malloc (32);	/* { dg-message "moved to stack: malloc\\(32\\)" } */
  b.data = filled (17, "b-data");
  b.scratch = malloc (33);	/* { dg-message "moved to stack: malloc\\(33\\)" } */
  strcpy (a.scratch, "a-scratch");
  strcpy (b.scratch, "b-scratch");
  kept = either (&a, &b, c);
  int r = kept[0] + a.scratch[2] + b.scratch[2];
  free (c ? b.data : a.data);
  free (a.scratch);
  free (b.scratch);
  return r;
}

__attribute__ ((noinline)) static int
param_or_global (int c)
{
  struct buf a;
  a.data = filled (16, "data");
  a.scratch = malloc (32);	/* { dg-message "moved to stack: malloc\\(32\\)" } */
  strcpy (a.scratch, "scratch");
  kept = or_global (&a, c);
  int r = (kept ? kept[0] : 0) + a.scratch[1];
  if (kept != a.data)
    free (a.data);
  free (a.scratch);
  return r;
}

__attribute__ ((noinline)) static int
whole_copy_returned (void)
{
  struct buf b;
  b.data = filled (16, "data");
  b.scratch = malloc (32);	/* { dg-message "malloc\\(32\\) escapes to heap" } */
  strcpy (b.scratch, "scratch");
  struct buf c = copy_of (&b);
  kept = c.data;
  int r = kept[1] + c.scratch[1];
  free (b.scratch);
  return r;
}

__attribute__ ((noinline)) static int
field_address_returned (void)
{
  struct buf b;
  b.data = filled (16, "data");
  b.scratch = malloc (32);	/* { dg-message "malloc\\(32\\) escapes to heap" } */
  strcpy (b.scratch, "scratch");
  kept = *scratch_addr (&b);
  int r = kept[2] + b.data[2];
  free (b.data);
  return r;
}

__attribute__ ((noinline)) static int
merged_parts (int i)
{
  struct wide w;
  w.f0 = filled (10, "f0");
  w.f1 = filled (11, "f1");
  w.f2 = filled (12, "f2");
  w.f3 = filled (13, "f3");
  w.f4 = filled (14, "f4");
  w.f5 = malloc (15);	/* { dg-message "moved to stack: malloc\\(15\\)" } */
  strcpy (w.f5, "f5");
  kept = pick (&w, i);
  int r = kept[1] + w.f5[1];
  char *all[] = { w.f0, w.f1, w.f2, w.f3, w.f4 };
  for (int j = 0; j < 5; j++)
    if (all[j] != kept)
      free (all[j]);
  free (w.f5);
  return r;
}

__attribute__ ((noinline)) static int
field_of_field (void)
{
  struct chain inner, outer;
  inner.data = filled (16, "inner");
  inner.scratch = malloc (32);	/* { dg-message "malloc\\(32\\) escapes to heap" } */
  strcpy (inner.scratch, "scratch");
  inner.next = NULL;
  outer.next = &inner;
  outer.data = malloc (48);	/* { dg-message "moved to stack: malloc\\(48\\)" } */
  strcpy (outer.data, "outer");
  outer.scratch = NULL;
  kept = next_data (&outer);
  int r = kept[0] + inner.scratch[0] + outer.data[0];
  free (inner.scratch);
  free (outer.data);
  return r;
}

__attribute__ ((noinline)) static int
element_at_run_time (int n)
{
  struct buf arr[2];
  arr[0].data = filled (16, "data");
  arr[0].scratch = malloc (32);	/* { dg-message "malloc\\(32\\) escapes to heap" } */
  strcpy (arr[0].scratch, "scratch");
  arr[1].data = arr[1].scratch = NULL;
  kept = data_of (&arr[n]);
  int r = kept[0] + arr[0].scratch[0];
  free (arr[0].scratch);
  return r;
}

__attribute__ ((noinline)) static int
element_at_constant (void)
{
  struct buf arr[2];
  arr[0].data = malloc (16);	/* { dg-message "moved to stack: malloc\\(16\\)" } */
  arr[0].scratch = malloc (32);	/* { dg-message "moved to stack: malloc\\(32\\)" } */
  arr[1].data = filled (17, "one");
  arr[1].scratch = malloc (33);	/* { dg-message "moved to stack: malloc\\(33\\)" } */
  strcpy (arr[0].data, "zero");
  strcpy (arr[0].scratch, "scratch");
  strcpy (arr[1].scratch, "scratch");
  kept = data_of (&arr[1]);
  int r = kept[0] + arr[0].data[0] + arr[0].scratch[1] + arr[1].scratch[2];
  free (arr[0].data);
  free (arr[0].scratch);
  free (arr[1].scratch);
  return r;
}

size_t kept_len;

/* A length as wide as a pointer, returned and kept: the data block moves.  */
__attribute__ ((noinline)) static int
length_kept (size_t n)
{
  struct buf b = { malloc (16), n, NULL };	/* { dg-message "moved to stack: malloc\\(16\\)" } */
  kept_len = len_of (&b);
  b.data[0] = 1;
  int r = b.data[0] + (int) kept_len;
  free (b.data);
  return r;
}

/* Check that F's result is EXPECTED, then release the block it kept.  */
#define CHECK(f, expected)			\
  do						\
    {						\
      if ((f) != (expected))			\
	abort ();				\
      free (kept);				\
      kept = NULL;				\
    }						\
  while (0)

int
main (void)
{
  CHECK (two_params (1), 'a' + 's' + 's');
  CHECK (two_params (0), 'b' + 's' + 's');
  CHECK (param_or_global (1), 'd' + 'c');
  CHECK (param_or_global (0), 'c');
  CHECK (whole_copy_returned (), 'a' + 'c');
  CHECK (field_address_returned (), 'r' + 't');
  CHECK (merged_parts (2), '2' + '5');
  CHECK (merged_parts (4), '4' + '5');
  CHECK (field_of_field (), 'i' + 's' + 'o');
  CHECK (element_at_run_time (0), 'd' + 's');
  CHECK (element_at_constant (), 'o' + 'z' + 'c' + 'r');
  CHECK (length_kept (5), 6);
  return 0;
}
