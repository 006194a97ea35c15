/* memalign takes aligned_alloc's arguments: its blocks moved to the stack get
   the alignment asked for, at constant and variable sizes; one it returns
   stays on the heap.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m" } */
#include <malloc.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>

static int
check (size_t n)
{
  unsigned char *a = memalign (64, 256);	/* { dg-message "moved to stack: memalign\\(64, 256\\)" } */
  unsigned char *b = memalign (4096, 100);	/* { dg-message "moved to stack: memalign\\(4096, 100\\)" } */
  unsigned char *c = memalign (32, n);	/* { dg-message "moved to stack: memalign\\(32, n\\)" } */
  if (!a || !b || !c)
    abort ();
  int ok = (uintptr_t) a % 64 == 0 && (uintptr_t) b % 4096 == 0 && (uintptr_t) c % 32 == 0;
  memset (a, 1, 256);
  memset (b, 2, 100);
  memset (c, 3, n);
  ok = ok && a[255] == 1 && b[99] == 2 && c[n - 1] == 3;
  free (c);
  free (b);
  free (a);
  return ok;
}

static unsigned char *
make (size_t n)
{
  unsigned char *p = memalign (16, n);	/* { dg-message "memalign\\(16, n\\) escapes to heap" } */
  if (p)
    memset (p, 7, n);
  return p;
}

int
main (void)
{
  if (!check (1) || !check (1000) || !check (100000))
    abort ();
  unsigned char *p = make (64);
  if (!p || p[63] != 7)
    abort ();
  free (p);
  return 0;
}
