/* The unsafe neighbours of the shapes run-parts.c and run-parts-values.c move:
   the same structs where the block is reached through a variable index, is
   freed by the callee that reads the struct's int, travels out in the
   struct's length field, or belongs to a recursive function.  Each stays on
   the heap, or moves only as recursion allows, and the programs behave as
   before.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m" } */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

struct holder { char *ptr; int tag; };
struct buf { char *data; size_t len; };

__attribute__ ((noinline)) static int
tag_of (struct holder *h)	/* { dg-message "h does not escape" } */
{
  return h->tag;
}

__attribute__ ((noinline)) static int
release_tag (struct holder *h)	/* { dg-message "h does not escape" } */
{
  int t = h->tag;
  free (h->ptr);
  return t;
}

__attribute__ ((noinline)) static int
variable_index (int i, int n)
{
  struct holder arr[2];
  arr[0].ptr = malloc (16);	/* { dg-message "malloc\\(16\\) does not escape" } */
  arr[1].ptr = malloc (16);	/* { dg-message "malloc\\(16\\) does not escape" } */
  strcpy (arr[0].ptr, "zero");
  strcpy (arr[1].ptr, "one");
  arr[0].tag = n;
  arr[1].tag = -n;
  int r = tag_of (&arr[i & 1]) + arr[i & 1].ptr[0];
  free (arr[0].ptr);
  free (arr[1].ptr);
  return r;
}

__attribute__ ((noinline)) static int
freed_by_callee (int n)
{
  struct holder h = { malloc (16), n };	/* { dg-message "malloc\\(16\\) does not escape" } */
  strcpy (h.ptr, "freed");
  return release_tag (&h);
}

__attribute__ ((noinline)) static size_t
pointer_in_length (void)
{
  struct buf b;
  b.data = malloc (16);	/* { dg-message "malloc\\(16\\) escapes to heap" } */
  strcpy (b.data, "length");
  b.len = (size_t) (uintptr_t) b.data;
  return b.len;
}

__attribute__ ((noinline)) static int
recursive (int n)
{
  struct holder h = { malloc (16), n };	/* { dg-message "malloc\\(16\\) does not escape" } */
  h.ptr[0] = (char) n;
  int r = tag_of (&h) + h.ptr[0] + (n > 0 ? recursive (n - 1) : 0);
  free (h.ptr);
  return r;
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
  if (variable_index (1, 3) != -3 + 'o' || variable_index (0, 3) != 3 + 'z')
    abort ();
  if (freed_by_callee (4) != 4)
    abort ();
  char *p = (char *) (uintptr_t) pointer_in_length ();
  clobber ();
  if (strcmp (p, "length") != 0)
    abort ();
  free (p);
  if (recursive (3) != 2 * (3 + 2 + 1))
    abort ();
  return 0;
}
