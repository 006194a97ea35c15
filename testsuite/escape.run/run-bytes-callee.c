/* A pointer's bytes copied into a global union by a callee in the same file: the callee's
   summary says it reads its source as bytes, so the caller's block stays on the heap.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m=2" } */
#include <stdlib.h>
#include <string.h>

union pb { char *p; unsigned char bytes[sizeof (char *)]; };
static union pb g;

__attribute__ ((noinline)) static void
copy_bytes (unsigned char *d,	/* { dg-message "d does not escape" } */
	    const unsigned char *s, int n)	/* { dg-message "s does not escape" } */
{
  for (int i = 0; i < n; i++)
    d[i] = s[i];
}

__attribute__ ((noinline)) static void
save (void)
{
  char *p = malloc (32);	/* { dg-message "malloc\\(32\\) does not escape" } */
  /* { dg-message "  not moved to stack: a pointer to it may be copied as bytes or as a non-pointer value" "" { target *-*-* } 22 } */
  /* { dg-message "  flow: p = &malloc\\(32\\):" "" { target *-*-* } 22 } */
  /* { dg-message "    from malloc\\(32\\) \\(call result\\) at \\S*run-bytes-callee\\.c:22:13" "" { target *-*-* } 22 } */
  /* { dg-message "    from p = malloc\\(32\\) \\(assign\\) at \\S*run-bytes-callee\\.c:22:9" "" { target *-*-* } 22 } */
  /* { dg-message "  flow: \\{bytes\\} = p:" "" { target *-*-* } 22 } */
  /* { dg-message "    from copy_bytes\\(&g\\.bytes, &p, 8\\) \\(non-pointer copy\\) at \\S*run-bytes-callee\\.c:30:3" "" { target *-*-* } 22 } */
  strcpy (p, "copied by a callee");
  copy_bytes (g.bytes, (unsigned char *) &p, sizeof p);
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
  if (strcmp (g.p, "copied by a callee") != 0)
    abort ();
  free (g.p);
  return 0;
}
