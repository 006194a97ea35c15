/* A pointer converted to an integer and formatted with "%lx" into a global string, read
   back with sscanf: the text is out of the analysis' sight ({bytes}), so the block stays
   on the heap.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m=2" } */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char gbuf[32];

__attribute__ ((noinline)) static void
save (void)
{
  char *p = malloc (32);	/* { dg-message "malloc\\(32\\) does not escape" } */
  /* { dg-message "  not moved to stack: a pointer to it may be copied as bytes or as a non-pointer value" "" { target *-*-* } 15 } */
  /* { dg-message "  flow: p = &malloc\\(32\\):" "" { target *-*-* } 15 } */
  /* { dg-message "    from p = malloc\\(32\\) \\(call result\\) at \\S*run-bytes-printf-int\\.c:15:13" "" { target *-*-* } 15 } */
  /* { dg-message "  flow: \\{bytes\\} = p:" "" { target *-*-* } 15 } */
  /* { dg-message "    from snprintf\\(&gbuf, 32, \"\\.\\.\\.\", p\\) \\(non-pointer copy\\) at \\S*run-bytes-printf-int\\.c:22:3" "" { target *-*-* } 15 } */
  strcpy (p, "formatted");
  snprintf (gbuf, sizeof gbuf, "%lx", (unsigned long) p);
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
  unsigned long x;	/* { dg-bogus "escapes" "sscanf only stores through it" } */
  save ();
  clobber ();
  if (sscanf (gbuf, "%lx", &x) != 1)
    abort ();
  char *p = (char *) x;
  if (strcmp (p, "formatted") != 0)
    abort ();
  free (p);
  return 0;
}
