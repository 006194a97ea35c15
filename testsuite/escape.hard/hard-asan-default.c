/* -fsanitize=address checks heap blocks for more than their bounds: a leak, a use
   after free and a double free are errors it reports, and a promoted block has no free
   to check.  So under ASan nothing moves unless -fplugin-arg-escape-promote-sanitized
   asks for it; -m=2 says why, and the program reports each error as the plain build
   does.  */
/* { dg-options "-fsanitize=address -fplugin-arg-escape-promote -fplugin-arg-escape-m=2" } */
/* { dg-final { escape-both-detect "use-after-free" "ERROR: AddressSanitizer: heap-use-after-free" "ERROR: AddressSanitizer: heap-use-after-free" } } */
/* { dg-final { escape-both-detect "double-free" "ERROR: AddressSanitizer: attempting double-free" "ERROR: AddressSanitizer: attempting double-free" } } */
/* { dg-final { escape-both-detect "leak" "ERROR: LeakSanitizer: detected memory leaks" "ERROR: LeakSanitizer: detected memory leaks" } } */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int bad;

__attribute__ ((noipa)) static int
use_after_free (void)
{
  int *p = malloc (4 * sizeof (int));	/* { dg-message "malloc\\(16\\) does not escape" } */
  /* { dg-message "  not moved to stack: -fsanitize=address checks heap blocks for leaks, use after free and double free \\(-fplugin-arg-escape-promote-sanitized moves them anyway\\)" "" { target *-*-* } 19 } */
  if (!p)
    return -1;
  p[1] = 7;
  if (bad)
    free (p);
  int r = p[1];
  if (!bad)
    free (p);
  return r;
}

__attribute__ ((noipa)) static int
double_free (size_t n)
{
  char *p = malloc (n);		/* { dg-message "malloc\\(n\\) does not escape" } */
  /* { dg-message "  not moved to stack: -fsanitize=address checks heap blocks for leaks, use after free and double free \\(-fplugin-arg-escape-promote-sanitized moves them anyway\\)" "" { target *-*-* } 35 } */
  if (!p)
    return -1;
  memset (p, 1, n);
  int r = p[0];
  free (p);
  if (bad)
    free (p);
  return r;
}

__attribute__ ((noipa)) static int
leak (void)
{
  char *p = malloc (24);	/* { dg-message "malloc\\(24\\) does not escape" } */
  /* { dg-message "  not moved to stack: -fsanitize=address checks heap blocks for leaks, use after free and double free \\(-fplugin-arg-escape-promote-sanitized moves them anyway\\)" "" { target *-*-* } 50 } */
  if (!p)
    return -1;
  memset (p, 2, 24);
  int r = p[3];
  if (!bad)
    free (p);
  return r;
}

int
main (int argc, char **argv)	/* { dg-message "argv does not escape" } */
{
  if (argc != 3)
    return 2;
  bad = !strcmp (argv[1], "bad");
  int r;
  if (!strcmp (argv[2], "use-after-free"))
    r = use_after_free ();
  else if (!strcmp (argv[2], "double-free"))
    r = double_free (10);
  else
    r = leak ();
  printf ("%d\n", r);
  return 0;
}
