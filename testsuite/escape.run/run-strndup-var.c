/* strndup with a variable bound (guarded site): copies truncate and end with a NUL, on the
   stack for short results and on the heap for long ones.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m" } */
#include <stdlib.h>
#include <string.h>

static int
check (const char *src, size_t k)	/* { dg-message "src does not escape" } */
{
  char *b = strndup (src, k);	/* { dg-message "moved to stack: strndup\\(src, k\\)" } */
  if (!b)
    abort ();
  size_t want = strlen (src) < k ? strlen (src) : k;
  int ok = strlen (b) == want && memcmp (b, src, want) == 0 && b[want] == 0;
  free (b);
  return ok;
}

int
main (void)
{
  static char big[10000];
  for (size_t i = 0; i < sizeof big - 1; i++)
    big[i] = (char) ('a' + i % 26);
  static const size_t ks[] = { 0, 1, 2, 5, 100, 4094, 4095, 4096, 4097, 9998, 9999,
			       10000, (size_t) -1 };
  for (unsigned i = 0; i < sizeof ks / sizeof ks[0]; i++)
    if (!check ("hello", ks[i]) || !check ("", ks[i]) || !check (big, ks[i]))
      abort ();
  return 0;
}
