/* Field-sensitive {bytes}: a load of a type that cannot hold a pointer reads only
   the part of its object it reads.  A block whose pointer sits in one field of a
   struct moves to the stack although another field is read as an int, here or in
   a callee (through the callee's summary, also through a caller of the callee);
   a block whose pointer's bytes such a read may see stays on the heap: an int
   read of the pointer itself (a union member over it: parts-m2.c), a store at an
   offset known only at run time, a read whose offset the analysis cannot know
   (variable index, pointer arithmetic, a qsort callback).  */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m" } */

#include <stdlib.h>
#include <string.h>

struct holder { char *ptr; int tag; };

__attribute__ ((noinline)) int
tag_of (struct holder *h)	/* { dg-message "h does not escape" } */
{
  return h->tag;
}

__attribute__ ((noinline)) int
tag_twice (struct holder *h)	/* { dg-message "h does not escape" } */
{
  return tag_of (h) + tag_of (h);
}

__attribute__ ((noinline)) int
first_int (struct holder *h)	/* { dg-message "h does not escape" } */
{
  return *(int *) h;
}

int
local_tag (int n)
{
  char *p = malloc (16);	/* { dg-message "moved to stack: malloc\\(16\\)" } */
  p[0] = 1;
  struct holder h = { p, n };
  struct holder *hp = &h;
  int r = hp->tag + p[0];
  free (p);
  return r;
}

int
callee_tag (int n)
{
  char *p = malloc (16);	/* { dg-message "moved to stack: malloc\\(16\\)" } */
  p[0] = 1;
  struct holder h = { p, n };
  int r = tag_twice (&h) + p[0];
  free (p);
  return r;
}

int
phi_of_locals (int n, int c)
{
  char *p = malloc (16);	/* { dg-message "moved to stack: malloc\\(16\\)" } */
  char *q = malloc (16);	/* { dg-message "moved to stack: malloc\\(16\\)" } */
  struct holder a = { p, n }, b = { q, -n };
  struct holder *h = c ? &a : &b;
  int r = h->tag;
  free (p);
  free (q);
  return r;
}

int
constant_index (int n)
{
  struct holder arr[2];
  arr[0].ptr = malloc (16);	/* { dg-message "moved to stack: malloc\\(16\\)" } */
  arr[0].tag = 0;
  arr[1].ptr = NULL;
  arr[1].tag = n;
  int r = tag_of (&arr[1]) + arr[0].tag;
  free (arr[0].ptr);
  return r;
}

int
allocated_holder (int n)
{
  struct holder *h = malloc (sizeof *h);	/* { dg-message "moved to stack: malloc\\(16\\)" } */
  h->ptr = malloc (16);	/* { dg-message "moved to stack: malloc\\(16\\)" } */
  h->tag = n;
  int r = tag_of (h);
  free (h->ptr);
  free (h);
  return r;
}

int
int_of_pointer (int n)
{
  char *p = malloc (16);	/* { dg-message "malloc\\(16\\) does not escape" } */
  struct holder h = { p, n };
  int r = first_int (&h);
  free (p);
  return r;
}

struct tagged { int tag; int pad; char *slot; };

int
store_at_run_time_offset (int n)
{
  size_t off = (size_t) (n & 1) * sizeof (char *);
  struct tagged t = { 1, 2, NULL };
  char *p = malloc (16);	/* { dg-message "malloc\\(16\\) does not escape" } */
  memcpy (p, "x", 2);
  *(char **) ((char *) &t + off) = p;
  int r = t.tag;
  free (p);
  return r;
}

int
variable_index (int i, int n)
{
  struct holder arr[2];
  arr[0].ptr = malloc (16);	/* { dg-message "malloc\\(16\\) does not escape" } */
  arr[0].tag = n;
  arr[1].ptr = NULL;
  arr[1].tag = n;
  int r = tag_of (&arr[i & 1]);
  free (arr[0].ptr);
  return r;
}

int
pointer_arithmetic (int i, int n)
{
  struct holder arr[2];
  arr[0].ptr = malloc (16);	/* { dg-message "malloc\\(16\\) does not escape" } */
  arr[0].tag = n;
  arr[1].ptr = NULL;
  arr[1].tag = n;
  struct holder *h = arr + (i & 1);
  int r = h->tag;
  free (arr[0].ptr);
  return r;
}

static int
by_tag (const void *a, const void *b)	/* { dg-message "a does not escape" } */
{					/* { dg-message "b does not escape" "" { target *-*-* } 148 } */
  return ((const struct holder *) a)->tag - ((const struct holder *) b)->tag;
}

int
sorted_by_tag (int n)
{
  struct holder arr[2];
  arr[0].ptr = malloc (16);	/* { dg-message "malloc\\(16\\) does not escape" } */
  arr[0].tag = n;
  arr[1].ptr = NULL;
  arr[1].tag = -n;
  qsort (arr, 2, sizeof arr[0], by_tag);
  int r = arr[0].tag;
  free (arr[0].ptr ? arr[0].ptr : arr[1].ptr);
  return r;
}
