/* A pointer copied byte by byte through a union's char array into a global union, then
   read back as the pointer: the bytes are out of the analysis' sight, so the block stays
   on the heap ({bytes}) and is still valid after its function has returned.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m=2" } */
#include <stdlib.h>
#include <string.h>

union pb { char *p; unsigned char bytes[sizeof (char *)]; };
static union pb g;

__attribute__ ((noinline)) static void
save (void)
{
  union pb u;
  u.p = malloc (32);	/* { dg-message "malloc\\(32\\) does not escape" } */
  /* { dg-message "  not moved to stack: a pointer to it may be copied as bytes or as a non-pointer value" "" { target *-*-* } 16 } */
  /* { dg-message "  flow: u = &malloc\\(32\\):" "" { target *-*-* } 16 } */
  /* { dg-message "    from malloc\\(32\\) \\(call result\\) at \\S*run-bytes-union\\.c:16:9" "" { target *-*-* } 16 } */
  /* { dg-message "    from u\\.p = malloc\\(32\\) \\(assign\\) at \\S*run-bytes-union\\.c:16:7" "" { target *-*-* } 16 } */
  /* { dg-message "  flow: \\{bytes\\} = u:" "" { target *-*-* } 16 } */
  /* { dg-message "    from u\\.bytes\\\[i\\\] \\(non-pointer copy\\) at \\S*run-bytes-union\\.c:25:25" "" { target *-*-* } 16 } */
  strcpy (u.p, "kept on the heap");
  for (unsigned i = 0; i < sizeof u.bytes; i++)
    g.bytes[i] = u.bytes[i];
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
  save ();
  clobber ();
  if (strcmp (g.p, "kept on the heap") != 0)
    abort ();
  free (g.p);
  return 0;
}
