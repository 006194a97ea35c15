/* aligned_alloc blocks moved to the stack get the requested alignment.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m" } */
#include <stdlib.h>
#include <stdint.h>
#include <string.h>

static int
check (size_t al)
{
  unsigned char *a = aligned_alloc (64, 256);	/* { dg-message "moved to stack: aligned_alloc\\(64, 256\\)" } */
  unsigned char *b = aligned_alloc (16, 32);	/* { dg-message "moved to stack: aligned_alloc\\(16, 32\\)" } */
  unsigned char *c = aligned_alloc (4096, 4096);	/* { dg-message "moved to stack: aligned_alloc\\(4096, 4096\\)" } */
  unsigned char *d = aligned_alloc (8, 8);	/* { dg-message "moved to stack: aligned_alloc\\(8, 8\\)" } */
  unsigned char *e = aligned_alloc (128, al);	/* { dg-message "moved to stack: aligned_alloc\\(128, al\\)" } */
  if (!a || !b || !c || !d || !e)
    abort ();
  int ok = (uintptr_t) a % 64 == 0 && (uintptr_t) b % 16 == 0
	   && (uintptr_t) c % 4096 == 0 && (uintptr_t) d % 8 == 0
	   && (uintptr_t) e % 128 == 0;
  memset (a, 1, 256);
  memset (b, 2, 32);
  memset (c, 3, 4096);
  memset (d, 4, 8);
  memset (e, 5, al);
  ok = ok && a[255] == 1 && b[31] == 2 && c[4095] == 3 && d[7] == 4 && e[al - 1] == 5;
  free (e);
  free (d);
  free (c);
  free (b);
  free (a);
  return ok;
}

int
main (void)
{
  if (!check (128) || !check (1024) || !check (128 * 1024))
    abort ();
  return 0;
}
