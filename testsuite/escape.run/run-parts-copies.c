/* Parts through whole copies of local structs: a struct assigned whole from
   another (or into a member of a bigger one) has the parts of the one it was
   copied from, so an int read of the copy does not pin, and a pointer read of
   one field of the copy does not carry the other's block.  The unsound
   neighbours keep them: a copy whose int field was given the pointer's bits,
   a struct a function returns rearranged from its argument, a copy through a
   pointer of unknown offset.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m" } */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

struct pair { char *a, *b; };
struct holder { char *ptr; long n; };
struct outer { long tag; struct holder in; };

__attribute__ ((noinline)) static struct pair
swap (struct pair p)	/* { dg-message "leaking param: p to result ~r0 level=0" } */
{
  struct pair r = { p.b, p.a };
  return r;
}

__attribute__ ((noinline)) static char *
copied_pair (void)
{
  struct pair s, t;
  s.a = malloc (16);	/* { dg-message "moved to stack: malloc\\(16\\)" } */
  s.b = NULL;
  strcpy (s.a, "copy");
  t = s;
  char *r = t.b;
  if (t.a[0] != 'c')
    abort ();
  free (s.a);
  return r;
}

__attribute__ ((noinline)) static long
copied_into_member (long n)
{
  struct holder h = { malloc (16), n };	/* { dg-message "moved to stack: malloc\\(16\\)" } */
  struct outer o;
  o.tag = 1;
  o.in = h;
  o.in.ptr[0] = 'm';
  long r = o.in.n + o.tag + h.ptr[0];
  free (h.ptr);
  return r;
}

__attribute__ ((noinline)) static long
pointer_bits_copied (void)
{
  struct holder h;
  h.ptr = malloc (16);	/* { dg-message "malloc\\(16\\) escapes to heap" } */
  strcpy (h.ptr, "bits");
  h.n = (long) (uintptr_t) h.ptr;
  struct holder c = h;
  return c.n;
}

__attribute__ ((noinline)) static char *
rearranged_by_callee (void)
{
  struct pair s;
  s.a = malloc (16);	/* { dg-message "malloc\\(16\\) escapes to heap" } */
  s.b = NULL;
  strcpy (s.a, "swapped");
  struct pair t = swap (s);
  return t.b;
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
  if (copied_pair () != NULL || copied_into_member (5) != 5 + 1 + 'm')
    abort ();
  char *p = (char *) (uintptr_t) pointer_bits_copied ();
  char *q = rearranged_by_callee ();
  clobber ();
  if (strcmp (p, "bits") != 0 || strcmp (q, "swapped") != 0)
    abort ();
  free (p);
  free (q);
  return 0;
}
