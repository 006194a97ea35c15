/* A pointer formatted with "%p" into a global string and read back with sscanf: the
   text is out of the analysis' sight ({bytes}), so the block stays on the heap.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m=2" } */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char gbuf[64];

__attribute__ ((noinline)) static void
save (void)
{
  char *p = malloc (32);	/* { dg-message "malloc\\(32\\) does not escape" } */
  /* { dg-message "  not moved to stack: a pointer to it may be copied as bytes or as a non-pointer value" "" { target *-*-* } 14 } */
  /* { dg-message "  flow: p = &malloc\\(32\\):" "" { target *-*-* } 14 } */
  /* { dg-message "    from p = malloc\\(32\\) \\(call result\\) at \\S*run-bytes-printf\\.c:14:13" "" { target *-*-* } 14 } */
  /* { dg-message "  flow: \\{bytes\\} = p:" "" { target *-*-* } 14 } */
  /* { dg-message "    from snprintf\\(&gbuf, 64, \"\\.\\.\\.\", p\\) \\(non-pointer copy\\) at \\S*run-bytes-printf\\.c:21:3" "" { target *-*-* } 14 } */
  strcpy (p, "formatted");
  snprintf (gbuf, sizeof gbuf, "%p", (void *) p);
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
  void *v;	/* { dg-bogus "escapes" "sscanf only stores through it" } */
  save ();
  clobber ();
  if (sscanf (gbuf, "%p", &v) != 1)
    abort ();
  char *p = v;
  if (strcmp (p, "formatted") != 0)
    abort ();
  free (p);
  return 0;
}
