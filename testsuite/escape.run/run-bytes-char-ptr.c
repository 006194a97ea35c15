/* A pointer read byte by byte through an unsigned char pointer into a global byte array,
   rebuilt with memcpy: the bytes are out of the analysis' sight ({bytes}), so the block
   stays on the heap.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m=2" } */
#include <stdlib.h>
#include <string.h>

static unsigned char g[sizeof (char *)];

__attribute__ ((noinline)) static void
save (void)
{
  char *p = malloc (32);	/* { dg-message "malloc\\(32\\) does not escape" } */
  /* { dg-message "  not moved to stack: a pointer to it may be copied as bytes or as a non-pointer value" "" { target *-*-* } 14 } */
  /* { dg-message "  flow: p = &malloc\\(32\\):" "" { target *-*-* } 14 } */
  /* { dg-message "    from malloc\\(32\\) \\(call result\\) at \\S*run-bytes-char-ptr\\.c:14:13" "" { target *-*-* } 14 } */
  /* { dg-message "    from p = malloc\\(32\\) \\(assign\\) at \\S*run-bytes-char-ptr\\.c:14:9" "" { target *-*-* } 14 } */
  /* { dg-message "  flow: b = &p:" "" { target *-*-* } 14 } */
  /* { dg-message "    from b = &p \\(address-of\\) at \\S*run-bytes-char-ptr\\.c:24:18" "" { target *-*-* } 14 } */
  /* { dg-message "  flow: \\{bytes\\} = \\*b:" "" { target *-*-* } 14 } */
  /* { dg-message "    from \\*\\(b \\+ i\\) \\(non-pointer copy\\) at \\S*run-bytes-char-ptr\\.c:26:13" "" { target *-*-* } 14 } */
  strcpy (p, "kept on the heap");
  unsigned char *b = (unsigned char *) &p;
  for (unsigned i = 0; i < sizeof p; i++)
    g[i] = b[i];
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
  if (strcmp (p, "kept on the heap") != 0)
    abort ();
  free (p);
  return 0;
}
