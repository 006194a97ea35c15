/* Allocations made inside the C library, which the plugin did not compile,
   show as the library's: object libc.so.6, with the nearest symbol, in the
   frame that called it.  regcomp allocates its automaton and regfree frees
   it, both inside compile_and_free: k0.  */
/* { dg-do run } */
/* { dg-profile-lib {libc\.so\.6$} {^compile_and_free$} calls >0 k0 >0 later 0 } */
#include <regex.h>
#include "profile.h"

static int
compile_and_free (const char *pattern)
{
  regex_t re;
  if (regcomp (&re, pattern, REG_EXTENDED))
    return 1;
  int r = regexec (&re, "abcabc", 0, NULL, 0);
  regfree (&re);
  return r;
}

int
main (void)
{
  for (int i = 0; i < N; i++)
    if (compile_and_free ("(a|b)+c"))
      return 1;
  return 0;
}
