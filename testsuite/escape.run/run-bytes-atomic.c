/* A pointer's two 4-byte halves read with __atomic_load_n and stored with
   __atomic_store_n into unsigned globals: loads narrower than a pointer are out of the
   analysis' sight ({bytes}), so the block stays on the heap.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m=2" } */
#include <stdlib.h>
#include <string.h>

typedef unsigned int __attribute__ ((may_alias)) u32a;

static unsigned int g[2];

__attribute__ ((noinline)) static void
save (void)
{
  char *p = malloc (32);	/* { dg-message "malloc\\(32\\) does not escape" } */
  /* { dg-message "  not moved to stack: a pointer to it may be copied as bytes or as a non-pointer value" "" { target *-*-* } 16 } */
  /* { dg-message "  flow: p = &malloc\\(32\\):" "" { target *-*-* } 16 } */
  /* { dg-message "    from malloc\\(32\\) \\(call result\\) at \\S*run-bytes-atomic\\.c:16:13" "" { target *-*-* } 16 } */
  /* { dg-message "    from p = malloc\\(32\\) \\(assign\\) at \\S*run-bytes-atomic\\.c:16:9" "" { target *-*-* } 16 } */
  /* { dg-message "  flow: h = &p:" "" { target *-*-* } 16 } */
  /* { dg-message "    from h = &p \\(address-of\\) at \\S*run-bytes-atomic\\.c:26:9" "" { target *-*-* } 16 } */
  /* { dg-message "  flow: \\{bytes\\} = \\*h:" "" { target *-*-* } 16 } */
  /* { dg-message "    from __atomic_load_4\\(h, 0\\) \\(non-pointer copy\\) at \\S*run-bytes-atomic\\.c:27:3" "" { target *-*-* } 16 } */
  strcpy (p, "atomic halves");
  u32a *h = (u32a *) &p;
  __atomic_store_n (&g[0], __atomic_load_n (&h[0], __ATOMIC_RELAXED), __ATOMIC_RELAXED);
  __atomic_store_n (&g[1], __atomic_load_n (&h[1], __ATOMIC_RELAXED), __ATOMIC_RELAXED);
}

__attribute__ ((noinline)) static void
clobber (void)
{
  volatile char buf[512];
  for (int i = 0; i < 512; i++)
    buf[i] = (char) 0xa5;
}

int
main (void)
{
  char *p;
  save ();
  clobber ();
  memcpy (&p, g, sizeof p);
  if (strcmp (p, "atomic halves") != 0)
    abort ();
  free (p);
  return 0;
}
