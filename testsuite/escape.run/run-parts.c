/* Blocks whose pointers sit in one field of a struct while another field is read as an
   int move to the stack and behave as before: read here, in a callee, through a phi of
   two structs, in an array element at a constant index, in an allocated struct.  Where
   an int read may see a pointer's bytes (a union member, an int read of the pointer,
   a store at an offset known only at run time) the block stays on the heap, and the
   program still sees the pointer's bits it wrote.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m" } */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

struct holder { char *ptr; int tag; };

__attribute__ ((noinline)) static int
tag_of (struct holder *h)	/* { dg-message "h does not escape" } */
{
  return h->tag;
}

__attribute__ ((noinline)) static int
low_bits (struct holder *h)	/* { dg-message "h does not escape" } */
{
  int w;
  memcpy (&w, h, sizeof w);
  return w;
}

__attribute__ ((noinline)) static int
local_and_callee (int n)
{
  char *p = malloc (16);	/* { dg-message "moved to stack: malloc\\(16\\)" } */
  strcpy (p, "local");
  struct holder h = { p, n };
  struct holder *hp = &h;
  int r = hp->tag + tag_of (&h) + hp->ptr[1];
  free (p);
  return r;
}

__attribute__ ((noinline)) static int
phi_and_array (int n, int c)
{
  struct holder arr[2];
  arr[0].ptr = malloc (16);	/* { dg-message "moved to stack: malloc\\(16\\)" } */
  arr[1].ptr = malloc (16);	/* { dg-message "moved to stack: malloc\\(16\\)" } */
  arr[0].tag = n;
  arr[1].tag = 2 * n;
  memset (arr[0].ptr, 'a', 16);
  memset (arr[1].ptr, 'b', 16);
  struct holder *h = c ? &arr[0] : &arr[1];
  int r = tag_of (&arr[1]) + h->ptr[15];
  free (arr[0].ptr);
  free (arr[1].ptr);
  return r;
}

__attribute__ ((noinline)) static int
allocated_holder (int n)
{
  struct holder *h = malloc (sizeof *h);	/* { dg-message "moved to stack: malloc\\(16\\)" } */
  h->ptr = malloc (16);	/* { dg-message "moved to stack: malloc\\(16\\)" } */
  strcpy (h->ptr, "inner");
  h->tag = n;
  int r = tag_of (h) + h->ptr[0];
  free (h->ptr);
  free (h);
  return r;
}

union pun { char *p; uint32_t i; };

__attribute__ ((noinline)) static int
union_member (void)
{
  union pun u;
  u.p = malloc (16);	/* { dg-message "malloc\\(16\\) does not escape" } */
  uint32_t low = u.i;
  int r = low == (uint32_t) (uintptr_t) u.p;
  free (u.p);
  return r;
}

__attribute__ ((noinline)) static int
int_of_pointer (void)
{
  char *p = malloc (16);	/* { dg-message "malloc\\(16\\) does not escape" } */
  struct holder h = { p, 0 };
  int r = (uint32_t) low_bits (&h) == (uint32_t) (uintptr_t) p;
  free (p);
  return r;
}

struct tagged { uint32_t tag; uint32_t pad; char *slot; };
typedef char *__attribute__ ((may_alias)) any_ptr;

__attribute__ ((noinline)) static int
store_at_run_time_offset (int n)
{
  size_t off = (size_t) (n & 1) * sizeof (char *);
  struct tagged t = { 1, 2, NULL };
  char *p = malloc (16);	/* { dg-message "malloc\\(16\\) does not escape" } */
  *(any_ptr *) ((char *) &t + off) = p;
  int r = t.tag == (uint32_t) (uintptr_t) p;
  free (p);
  return r;
}

int
main (void)
{
  if (local_and_callee (3) != 3 + 3 + 'o')
    abort ();
  if (phi_and_array (4, 1) != 8 + 'a' || phi_and_array (4, 0) != 8 + 'b')
    abort ();
  if (allocated_holder (5) != 5 + 'i')
    abort ();
  if (!union_member () || !int_of_pointer () || !store_at_run_time_offset (0))
    abort ();
  return 0;
}
