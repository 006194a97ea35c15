/* snprintf runs the handler register_printf_specifier registered for %W, here
   one that calls nest, which snprintfs %W again: a recursion 800 deep that the
   call graph does not show, with a 16000-byte block in each nest (max-size
   raised: glibc's printf with handlers takes about 4.5 KB of stack a level by
   itself).  The file registers a printf handler, so snprintf may call back:
   nest keeps its block on the heap (12.8 MB of stack otherwise).  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-max-size=16000 -fplugin-arg-escape-m=2" } */
#define _GNU_SOURCE
#include <printf.h>
#include <stdio.h>
#include <stdlib.h>

#define DEPTH 800
#define SIZE 16000

static long total;
static int failed;
static int nest (int n);

static int
print_level (FILE *stream, const struct printf_info *info, const void *const *args) /* { dg-message "stream does not escape" } */
/* { dg-message "info does not escape" "" { target *-*-* } 22 } */
/* { dg-message "args does not escape" "" { target *-*-* } 22 } */
{
  int n = **(const int *const *) args;
  return fprintf (stream, "%d", nest (n - 1) + 1);
}

static int
level_arginfo (const struct printf_info *info, size_t n, int *argtypes, int *size) /* { dg-message "info does not escape" } */
/* { dg-message "argtypes does not escape" "" { target *-*-* } 31 } */
/* { dg-message "size does not escape" "" { target *-*-* } 31 } */
{
  if (n > 0)
    argtypes[0] = PA_INT;
  return 1;
}

static int
nest (int n)
{
  volatile char *p = malloc (SIZE);	/* { dg-message "malloc\\(16000\\) does not escape" } */
  /* { dg-message "  not moved to stack: recursive frame budget exhausted \\(0 \\+ 16000 > 0\\); it may be called again through snprintf" "" { target *-*-* } 43 } */
  if (!p)
    return failed = 1;
  p[0] = (char) n;
  p[SIZE - 1] = (char) (n >> 8);
  if (n > 0)
    {
      char buf[16];
      snprintf (buf, sizeof buf, "%W", n);
      failed |= atoi (buf) != n;
    }
  failed |= p[0] != (char) n || p[SIZE - 1] != (char) (n >> 8);
  total += n;
  free ((void *) p);
  return n;
}

int
main (void)
{
  if (register_printf_specifier ('W', print_level, level_arginfo))
    abort ();
  nest (DEPTH);
  return failed || total != (long) DEPTH * (DEPTH + 1) / 2;
}
