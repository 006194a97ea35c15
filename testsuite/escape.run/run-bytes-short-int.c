/* A pointer read as four unsigned shorts or as two unsigned ints (through may_alias
   pointers) into global arrays: narrower than a pointer, these copies are out of the
   analysis' sight ({bytes}), so the blocks stay on the heap.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m=2" } */
#include <stdlib.h>
#include <string.h>

typedef unsigned short __attribute__ ((may_alias)) u16a;
typedef unsigned int __attribute__ ((may_alias)) u32a;

static unsigned short g16[sizeof (char *) / sizeof (short)];
static unsigned int g32[sizeof (char *) / sizeof (int)];

__attribute__ ((noinline)) static void
save_halves (void)
{
  char *p = malloc (32);	/* { dg-message "malloc\\(32\\) does not escape" } */
  /* { dg-message "  not moved to stack: a pointer to it may be copied as bytes or as a non-pointer value" "" { target *-*-* } 18 } */
  /* { dg-message "  flow: p = &malloc\\(32\\):" "" { target *-*-* } 18 } */
  /* { dg-message "    from malloc\\(32\\) \\(call result\\) at \\S*run-bytes-short-int\\.c:18:13" "" { target *-*-* } 18 } */
  /* { dg-message "    from p = malloc\\(32\\) \\(assign\\) at \\S*run-bytes-short-int\\.c:18:9" "" { target *-*-* } 18 } */
  /* { dg-message "  flow: h = &p:" "" { target *-*-* } 18 } */
  /* { dg-message "    from h = &p \\(address-of\\) at \\S*run-bytes-short-int\\.c:28:15" "" { target *-*-* } 18 } */
  /* { dg-message "  flow: \\{bytes\\} = \\*h:" "" { target *-*-* } 18 } */
  /* { dg-message "    from \\*\\(h \\+ i \\* 2\\) \\(non-pointer copy\\) at \\S*run-bytes-short-int\\.c:30:15" "" { target *-*-* } 18 } */
  strcpy (p, "four halves");
  const u16a *h = (const u16a *) &p;
  for (unsigned i = 0; i < sizeof p / sizeof *h; i++)
    g16[i] = h[i];
}

__attribute__ ((noinline)) static void
save_words (void)
{
  char *p = malloc (24);	/* { dg-message "malloc\\(24\\) does not escape" } */
  /* { dg-message "  not moved to stack: a pointer to it may be copied as bytes or as a non-pointer value" "" { target *-*-* } 36 } */
  /* { dg-message "  flow: p = &malloc\\(24\\):" "" { target *-*-* } 36 } */
  /* { dg-message "    from malloc\\(24\\) \\(call result\\) at \\S*run-bytes-short-int\\.c:36:13" "" { target *-*-* } 36 } */
  /* { dg-message "    from p = malloc\\(24\\) \\(assign\\) at \\S*run-bytes-short-int\\.c:36:9" "" { target *-*-* } 36 } */
  /* { dg-message "  flow: w = &p:" "" { target *-*-* } 36 } */
  /* { dg-message "    from w = &p \\(address-of\\) at \\S*run-bytes-short-int\\.c:46:15" "" { target *-*-* } 36 } */
  /* { dg-message "  flow: \\{bytes\\} = \\*w:" "" { target *-*-* } 36 } */
  /* { dg-message "    from \\*\\(w \\+ i \\* 4\\) \\(non-pointer copy\\) at \\S*run-bytes-short-int\\.c:48:15" "" { target *-*-* } 36 } */
  strcpy (p, "two words");
  const u32a *w = (const u32a *) &p;
  for (unsigned i = 0; i < sizeof p / sizeof *w; i++)
    g32[i] = w[i];
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
  save_words ();
  clobber ();
  memcpy (&p, g16, sizeof p);
  memcpy (&q, g32, sizeof q);
  if (strcmp (p, "four halves") != 0 || strcmp (q, "two words") != 0)
    abort ();
  free (p);
  free (q);
  return 0;
}
