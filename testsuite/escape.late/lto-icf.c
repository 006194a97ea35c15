/* Under -flto, identical functions are still folded into one by WPA's identical
   code folding: the summaries the plugin streams with them (attributes of the
   functions, which the folding compares) name no function, so that equal
   bodies have equal attributes.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fdump-ipa-icf" } */
/* { dg-escape-late } */
/* { dg-escape-gcc-min 12 "no pass after inlining under GCC 11 (plugin/gcc-compat.h)" } */
/* { dg-final { escape-scan-link-dump icf "Equal symbols: 1" } } */
#include <stdlib.h>

__attribute__ ((noinline)) long
sum3 (const int *p, int n)
{
  long s = 0;
  for (int i = 0; i < n; i++)
    s += p[i] * 3;
  return s;
}

__attribute__ ((noinline)) long
triple_sum (const int *p, int n)
{
  long s = 0;
  for (int i = 0; i < n; i++)
    s += p[i] * 3;
  return s;
}

int
main (int argc, char **argv)
{
  (void) argv;
  int a[4] = { 1, 2, 3, argc };
  if (sum3 (a, 4) + triple_sum (a, 4) != 42)
    abort ();
  return 0;
}
