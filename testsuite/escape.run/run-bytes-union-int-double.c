/* A pointer read through a union as two unsigned ints, or as a double, into globals and
   rebuilt through the union: non-pointer values the analysis does not follow ({bytes}),
   so the blocks stay on the heap.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m=2" } */
#include <stdlib.h>
#include <string.h>

union pw { char *p; unsigned int w[2]; };
union pd { char *p; double d; };

static unsigned int gw[2];
static double gd;

__attribute__ ((noinline)) static void
save_words (void)
{
  union pw u;
  u.p = malloc (32);	/* { dg-message "malloc\\(32\\) does not escape" } */
  /* { dg-message "  not moved to stack: a pointer to it may be copied as bytes or as a non-pointer value" "" { target *-*-* } 19 } */
  /* { dg-message "  flow: u = &malloc\\(32\\):" "" { target *-*-* } 19 } */
  /* { dg-message "    from malloc\\(32\\) \\(call result\\) at \\S*run-bytes-union-int-double\\.c:19:9" "" { target *-*-* } 19 } */
  /* { dg-message "    from u\\.p = malloc\\(32\\) \\(assign\\) at \\S*run-bytes-union-int-double\\.c:19:7" "" { target *-*-* } 19 } */
  /* { dg-message "  flow: \\{bytes\\} = u:" "" { target *-*-* } 19 } */
  /* { dg-message "    from u\\.w\\\[0\\\] \\(non-pointer copy\\) at \\S*run-bytes-union-int-double\\.c:27:14" "" { target *-*-* } 19 } */
  strcpy (u.p, "two words");
  gw[0] = u.w[0];
  gw[1] = u.w[1];
}

__attribute__ ((noinline)) static void
save_double (void)
{
  union pd u;
  u.p = malloc (24);	/* { dg-message "malloc\\(24\\) does not escape" } */
  /* { dg-message "  not moved to stack: a pointer to it may be copied as bytes or as a non-pointer value" "" { target *-*-* } 35 } */
  /* { dg-message "  flow: u = &malloc\\(24\\):" "" { target *-*-* } 35 } */
  /* { dg-message "    from malloc\\(24\\) \\(call result\\) at \\S*run-bytes-union-int-double\\.c:35:9" "" { target *-*-* } 35 } */
  /* { dg-message "    from u\\.p = malloc\\(24\\) \\(assign\\) at \\S*run-bytes-union-int-double\\.c:35:7" "" { target *-*-* } 35 } */
  /* { dg-message "  flow: \\{bytes\\} = u:" "" { target *-*-* } 35 } */
  /* { dg-message "    from u\\.d \\(non-pointer copy\\) at \\S*run-bytes-union-int-double\\.c:43:9" "" { target *-*-* } 35 } */
  strcpy (u.p, "a double");
  gd = u.d;
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
  union pw w;
  union pd d;
  save_words ();
  save_double ();
  clobber ();
  w.w[0] = gw[0];
  w.w[1] = gw[1];
  d.d = gd;
  if (strcmp (w.p, "two words") != 0 || strcmp (d.p, "a double") != 0)
    abort ();
  free (w.p);
  free (d.p);
  return 0;
}
