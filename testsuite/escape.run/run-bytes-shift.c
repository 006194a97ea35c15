/* A pointer converted to uintptr_t and split into two 32-bit halves, stored in unsigned
   globals or in 32-bit bit-fields: conversions narrower than a pointer are out of the
   analysis' sight ({bytes}), so the blocks stay on the heap.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m=2" } */
#include <stdlib.h>
#include <string.h>
#include <stdint.h>

struct bf { unsigned long lo : 32, hi : 32; };

static unsigned int g_lo, g_hi;
static struct bf gbf;

__attribute__ ((noinline)) static void
save_shift (void)
{
  char *p = malloc (32);	/* { dg-message "malloc\\(32\\) does not escape" } */
  /* { dg-message "  not moved to stack: a pointer to it may be copied as bytes or as a non-pointer value" "" { target *-*-* } 18 } */
  /* { dg-message "  flow: p = &malloc\\(32\\):" "" { target *-*-* } 18 } */
  /* { dg-message "    from p = malloc\\(32\\) \\(call result\\) at \\S*run-bytes-shift\\.c:18:13" "" { target *-*-* } 18 } */
  /* { dg-message "  flow: x = p:" "" { target *-*-* } 18 } */
  /* { dg-message "    from x = p \\(assign\\) at \\S*run-bytes-shift\\.c:27:13" "" { target *-*-* } 18 } */
  /* { dg-message "  flow: \\{bytes\\} = x:" "" { target *-*-* } 18 } */
  /* { dg-message "    from x \\(non-pointer copy\\) at \\S*run-bytes-shift\\.c:28:8" "" { target *-*-* } 18 } */
  strcpy (p, "shifted");
  uintptr_t x = (uintptr_t) p;
  g_lo = x;
  g_hi = x >> 32;
}

__attribute__ ((noinline)) static void
save_bitfield (void)
{
  char *p = malloc (24);	/* { dg-message "malloc\\(24\\) does not escape" } */
  /* { dg-message "  not moved to stack: a pointer to it may be copied as bytes or as a non-pointer value" "" { target *-*-* } 35 } */
  /* { dg-message "  flow: p = &malloc\\(24\\):" "" { target *-*-* } 35 } */
  /* { dg-message "    from p = malloc\\(24\\) \\(call result\\) at \\S*run-bytes-shift\\.c:35:13" "" { target *-*-* } 35 } */
  /* { dg-message "  flow: x = p:" "" { target *-*-* } 35 } */
  /* { dg-message "    from x = p \\(assign\\) at \\S*run-bytes-shift\\.c:44:13" "" { target *-*-* } 35 } */
  /* { dg-message "  flow: \\{bytes\\} = x:" "" { target *-*-* } 35 } */
  /* { dg-message "    from x \\(non-pointer copy\\) at \\S*run-bytes-shift\\.c:46:8" "" { target *-*-* } 35 } */
  strcpy (p, "bit-fields");
  uintptr_t x = (uintptr_t) p;
  struct bf b;
  b.lo = x;
  b.hi = x >> 32;
  gbf = b;
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
  save_shift ();
  save_bitfield ();
  clobber ();
  char *p = (char *) ((uintptr_t) g_hi << 32 | g_lo);
  char *q = (char *) ((uintptr_t) gbf.hi << 32 | gbf.lo);
  if (strcmp (p, "shifted") != 0 || strcmp (q, "bit-fields") != 0)
    abort ();
  free (p);
  free (q);
  return 0;
}
