/* The multibyte conversions of the C library (mbrtowc, mbrlen, mbsinit,
   mbtowc, mblen, wcrtomb, wctomb, mbstowcs, wcstombs) read and write the
   memory they are given and keep none of it: nothing escapes, and a block
   converted from moves to the stack.  What mbrtowc reads becomes a wide
   character, so a block whose bytes it converts is not moved.  */
/* { dg-options "-O2 -fplugin-arg-escape-m -fplugin-arg-escape-promote" } */

#include <stdlib.h>
#include <string.h>
#include <wchar.h>

struct input { const char *s; size_t len; mbstate_t state; char *buf; };

size_t
next_char (struct input *in, wchar_t *wc)	/* { dg-message "in does not escape" } */
/* { dg-message "wc does not escape" "" { target *-*-* } 15 } */
{
  return mbrtowc (wc, in->s, in->len, &in->state);
}

int
widths (const char *s, size_t n)	/* { dg-message "s does not escape" } */
{
  mbstate_t st;
  memset (&st, 0, sizeof st);
  return mbrlen (s, n, &st) + mblen (s, n) + mbsinit (&st);
}

size_t
encode (char *out, wchar_t wc)	/* { dg-message "out does not escape" } */
{
  mbstate_t st;
  memset (&st, 0, sizeof st);
  return wcrtomb (out, wc, &st) + wctomb (out, wc);
}

size_t
round_trip (const char *s)	/* { dg-message "s does not escape" } */
{
  wchar_t *w = malloc (64 * sizeof (wchar_t));	/* { dg-message "moved to stack: malloc\\(256\\)" } */
  char *b = malloc (64);	/* { dg-message "moved to stack: malloc\\(64\\)" } */
  size_t n = mbstowcs (w, s, 64);
  if (n < 64)
    n = wcstombs (b, w, 64);
  wchar_t c;
  n += mbtowc (&c, s, 4);
  free (b);
  free (w);
  return n;
}

int
reconstruct (const char *s, size_t len)	/* { dg-message "s does not escape" } */
{
  struct input in;
  memset (&in, 0, sizeof in);
  in.s = s;
  in.len = len;
  in.buf = malloc (32);	/* { dg-message "moved to stack: malloc\\(32\\)" } */
  wchar_t wc;
  int r = next_char (&in, &wc) + in.buf[0];
  free (in.buf);
  return r + wc;
}
