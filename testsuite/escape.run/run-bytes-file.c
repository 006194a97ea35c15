/* A pointer written to a temporary file with fwrite and read back with fread into a
   global pointer: the file is out of the analysis' sight ({bytes}), so the block stays
   on the heap.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m=2" } */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static FILE *gf;
static char *gp;

__attribute__ ((noinline)) static void
save (void)
{
  char *p = malloc (32);	/* { dg-message "malloc\\(32\\) does not escape" } */
  /* { dg-message "  not moved to stack: a pointer to it may be copied as bytes or as a non-pointer value" "" { target *-*-* } 16 } */
  /* { dg-message "  flow: p = &malloc\\(32\\):" "" { target *-*-* } 16 } */
  /* { dg-message "    from malloc\\(32\\) \\(call result\\) at \\S*run-bytes-file\\.c:16:13" "" { target *-*-* } 16 } */
  /* { dg-message "    from p = malloc\\(32\\) \\(assign\\) at \\S*run-bytes-file\\.c:16:9" "" { target *-*-* } 16 } */
  /* { dg-message "  flow: \\{bytes\\} = p:" "" { target *-*-* } 16 } */
  /* { dg-message "    from fwrite\\(&p, 8, 1, gf\\) \\(non-pointer copy\\) at \\S*run-bytes-file\\.c:24:7" "" { target *-*-* } 16 } */
  strcpy (p, "in a file");
  if (fwrite (&p, sizeof p, 1, gf) != 1)
    abort ();
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
  gf = tmpfile ();	/* { dg-message "tmpfile\\(\\) escapes to heap" } */
  /* { dg-message "  flow: \\{heap\\} = &tmpfile\\(\\):" "" { target *-*-* } 39 } */
  /* { dg-message "    from tmpfile\\(\\) \\(call result\\) at \\S*run-bytes-file\\.c:39:8" "" { target *-*-* } 39 } */
  /* { dg-message "    from gf = tmpfile\\(\\) \\(assign\\) at \\S*run-bytes-file\\.c:39:6" "" { target *-*-* } 39 } */
  if (!gf)
    abort ();
  save ();
  clobber ();
  rewind (gf);
  if (fread (&gp, sizeof gp, 1, gf) != 1)
    abort ();
  fclose (gf);
  if (strcmp (gp, "in a file") != 0)
    abort ();
  free (gp);
  return 0;
}
