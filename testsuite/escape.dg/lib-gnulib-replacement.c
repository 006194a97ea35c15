/* gnulib replaces C library functions that some systems get wrong with its
   own (#define mbrtowc rpl_mbrtowc), which keep the C library's contract: a
   call of rpl_mbrtowc from a file that does not define it is a call of mbrtowc
   (nothing escapes), not an unknown call.  A file that defines it analyses its
   body instead, like any function of its own.  */
/* { dg-options "-O2 -fplugin-arg-escape-m" } */

#include <stddef.h>
#include <wchar.h>

size_t rpl_mbrtowc (wchar_t *, const char *, size_t, mbstate_t *);
size_t rpl_other (wchar_t *, const char *, size_t, mbstate_t *);

struct input { const char *s; size_t len; mbstate_t state; };

size_t
next_char (struct input *in, wchar_t *wc)	/* { dg-message "in does not escape" } */
/* { dg-message "wc does not escape" "" { target *-*-* } 17 } */
{
  return rpl_mbrtowc (wc, in->s, in->len, &in->state);
}

/* Not a replacement of a function the plugin models: unknown.  */
size_t
other_char (struct input *in, wchar_t *wc)	/* { dg-message "leaking param: in" } */
/* { dg-message "leaking param: wc" "" { target *-*-* } 25 } */
{
  return rpl_other (wc, in->s, in->len, &in->state);
}
