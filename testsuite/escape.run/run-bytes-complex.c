/* A pointer's bits read through a union as a _Complex float or a _Complex int and
   copied to a global of that type: non-pointer values the analysis does not follow
   ({bytes}), so the blocks stay on the heap.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m=2" } */
#include <stdlib.h>
#include <string.h>

union pcf { char *p; _Complex float c; };
union pci { char *p; _Complex int c; };

static _Complex float gcf;
static _Complex int gci;

__attribute__ ((noinline)) static void
save_float (void)
{
  union pcf u;
  u.p = malloc (32);	/* { dg-message "malloc\\(32\\) does not escape" } */
  /* { dg-message "  not moved to stack: a pointer to it may be copied as bytes or as a non-pointer value" "" { target *-*-* } 19 } */
  /* { dg-message "  flow: u = &malloc\\(32\\):" "" { target *-*-* } 19 } */
  /* { dg-message "    from malloc\\(32\\) \\(call result\\) at \\S*run-bytes-complex\\.c:19:9" "" { target *-*-* } 19 } */
  /* { dg-message "    from u\\.p = malloc\\(32\\) \\(assign\\) at \\S*run-bytes-complex\\.c:19:7" "" { target *-*-* } 19 } */
  /* { dg-message "  flow: \\{bytes\\} = u:" "" { target *-*-* } 19 } */
  /* { dg-message "    from u\\.c \\(non-pointer copy\\) at \\S*run-bytes-complex\\.c:27:10" "" { target *-*-* } 19 } */
  strcpy (u.p, "complex float");
  gcf = u.c;
}

__attribute__ ((noinline)) static void
save_int (void)
{
  union pci u;
  u.p = malloc (24);	/* { dg-message "malloc\\(24\\) does not escape" } */
  /* { dg-message "  not moved to stack: a pointer to it may be copied as bytes or as a non-pointer value" "" { target *-*-* } 34 } */
  /* { dg-message "  flow: u = &malloc\\(24\\):" "" { target *-*-* } 34 } */
  /* { dg-message "    from malloc\\(24\\) \\(call result\\) at \\S*run-bytes-complex\\.c:34:9" "" { target *-*-* } 34 } */
  /* { dg-message "    from u\\.p = malloc\\(24\\) \\(assign\\) at \\S*run-bytes-complex\\.c:34:7" "" { target *-*-* } 34 } */
  /* { dg-message "  flow: \\{bytes\\} = u:" "" { target *-*-* } 34 } */
  /* { dg-message "    from u\\.c \\(non-pointer copy\\) at \\S*run-bytes-complex\\.c:42:10" "" { target *-*-* } 34 } */
  strcpy (u.p, "complex int");
  gci = u.c;
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
  union pcf f;
  union pci i;
  save_float ();
  save_int ();
  clobber ();
  f.c = gcf;
  i.c = gci;
  if (strcmp (f.p, "complex float") != 0 || strcmp (i.p, "complex int") != 0)
    abort ();
  free (f.p);
  free (i.p);
  return 0;
}
