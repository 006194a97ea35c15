/* memcpy of a pointer's two halves into unsigned globals, one from an offset into the
   pointer: partial copies the analysis does not follow ({bytes}).  A memcpy of the
   pointer whose size is known only at run time is taken as escaping.  Either way the
   blocks stay on the heap.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m=2" } */
/* { dg-escape-gcc-min 12 "GCC 11 copies the 4-byte half through one more statement, a step more in the explanation" } */
#include <stdlib.h>
#include <string.h>

static unsigned int g_lo, g_hi;
static unsigned char gbuf[16];
static volatile size_t nbytes = sizeof (char *);

__attribute__ ((noinline)) static void
save_halves (void)
{
  char *p = malloc (32);	/* { dg-message "malloc\\(32\\) does not escape" } */
  /* { dg-message "  not moved to stack: a pointer to it may be copied as bytes or as a non-pointer value" "" { target *-*-* } 18 } */
  /* { dg-message "  flow: p = &malloc\\(32\\):" "" { target *-*-* } 18 } */
  /* { dg-message "    from malloc\\(32\\) \\(call result\\) at \\S*run-bytes-memcpy-part\\.c:18:13" "" { target *-*-* } 18 } */
  /* { dg-message "    from p = malloc\\(32\\) \\(assign\\) at \\S*run-bytes-memcpy-part\\.c:18:9" "" { target *-*-* } 18 } */
  /* { dg-message "  flow: \\{bytes\\} = p:" "" { target *-*-* } 18 } */
  /* { dg-message "    from p \\(non-pointer copy\\) at \\S*run-bytes-memcpy-part\\.c:26:3" "" { target *-*-* } 18 } */
  strcpy (p, "two halves");
  memcpy (&g_lo, &p, 4);
  memcpy (&g_hi, (char *) &p + 4, 4);
}

__attribute__ ((noinline)) static void
save_var (void)
{
  static const char text[] = "variable size";
  char *p = malloc (24);	/* { dg-message "malloc\\(24\\) escapes to heap" } */
  /* { dg-message "  flow: p = &malloc\\(24\\):" "" { target *-*-* } 34 } */
  /* { dg-message "    from malloc\\(24\\) \\(call result\\) at \\S*run-bytes-memcpy-part\\.c:34:13" "" { target *-*-* } 34 } */
  /* { dg-message "    from p = malloc\\(24\\) \\(assign\\) at \\S*run-bytes-memcpy-part\\.c:34:9" "" { target *-*-* } 34 } */
  /* { dg-message "  flow: \\{heap\\} = p:" "" { target *-*-* } 34 } */
  /* { dg-message "    from memcpy\\(&gbuf, &p, n\\) \\(call argument\\) at \\S*run-bytes-memcpy-part\\.c:41:3" "" { target *-*-* } 34 } */
  size_t n = nbytes;
  memcpy (gbuf, &p, n);
  /* Volatile stores: GCC 12's points-to analysis misses this copy of p and would
     delete plain stores to the block as dead.  */
  volatile char *v = p;
  for (unsigned i = 0; i < sizeof text; i++)
    v[i] = text[i];
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
  char *p, *q;
  save_halves ();
  save_var ();
  clobber ();
  memcpy (&p, &g_lo, 4);
  memcpy ((char *) &p + 4, &g_hi, 4);
  memcpy (&q, gbuf, sizeof q);
  if (strcmp (p, "two halves") != 0 || strcmp (q, "variable size") != 0)
    abort ();
  free (p);
  free (q);
  return 0;
}
