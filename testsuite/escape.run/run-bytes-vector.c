/* A pointer's bits put in a vector of two unsigned ints (by memcpy or through a union)
   whose elements are stored in unsigned globals: element extraction is a non-pointer
   read ({bytes}), so the blocks stay on the heap.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m=2" } */
#include <stdlib.h>
#include <string.h>

typedef unsigned int v2si __attribute__ ((vector_size (8)));
union pv { char *p; v2si v; };

static unsigned int g[4];

__attribute__ ((noinline)) static void
save_memcpy (void)
{
  char *p = malloc (32);	/* { dg-message "malloc\\(32\\) does not escape" } */
  /* { dg-message "  not moved to stack: a pointer to it may be copied as bytes or as a non-pointer value" "" { target *-*-* } 17 } */
  /* { dg-message "  flow: p = &malloc\\(32\\):" "" { target *-*-* } 17 } */
  /* { dg-message "    from malloc\\(32\\) \\(call result\\) at \\S*run-bytes-vector\\.c:17:13" "" { target *-*-* } 17 } */
  /* { dg-message "    from p = malloc\\(32\\) \\(assign\\) at \\S*run-bytes-vector\\.c:17:9" "" { target *-*-* } 17 } */
  /* { dg-message "  flow: v = p:" "" { target *-*-* } 17 } */
  /* { dg-message "    from v = p \\(assign\\) at \\S*run-bytes-vector\\.c:28:3" "" { target *-*-* } 17 } */
  /* { dg-message "  flow: \\{bytes\\} = v:" "" { target *-*-* } 17 } */
  /* { dg-message "    from \\.\\.\\. \\(non-pointer copy\\) at \\S*run-bytes-vector\\.c:29:11" "" { target *-*-* } 17 } */
  strcpy (p, "by memcpy");
  v2si v;
  memcpy (&v, &p, sizeof v);
  g[0] = v[0];
  g[1] = v[1];
}

__attribute__ ((noinline)) static void
save_union (void)
{
  union pv u;
  u.p = malloc (24);	/* { dg-message "malloc\\(24\\) does not escape" } */
  /* { dg-message "  not moved to stack: a pointer to it may be copied as bytes or as a non-pointer value" "" { target *-*-* } 37 } */
  /* { dg-message "  flow: u = &malloc\\(24\\):" "" { target *-*-* } 37 } */
  /* { dg-message "    from malloc\\(24\\) \\(call result\\) at \\S*run-bytes-vector\\.c:37:9" "" { target *-*-* } 37 } */
  /* { dg-message "    from u\\.p = malloc\\(24\\) \\(assign\\) at \\S*run-bytes-vector\\.c:37:7" "" { target *-*-* } 37 } */
  /* { dg-message "  flow: \\{bytes\\} = u:" "" { target *-*-* } 37 } */
  /* { dg-message "    from \\.\\.\\. \\(non-pointer copy\\) at \\S*run-bytes-vector\\.c:45:13" "" { target *-*-* } 37 } */
  strcpy (u.p, "by union");
  g[2] = u.v[0];
  g[3] = u.v[1];
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
  save_memcpy ();
  save_union ();
  clobber ();
  memcpy (&p, &g[0], sizeof p);
  memcpy (&q, &g[2], sizeof q);
  if (strcmp (p, "by memcpy") != 0 || strcmp (q, "by union") != 0)
    abort ();
  free (p);
  free (q);
  return 0;
}
