/* puts, fputs, fputc, putc, fwrite, fread, fflush and perror do not keep their pointer arguments (buffers and streams): nothing escapes.  */
/* { dg-options "-fplugin-arg-escape-m" } */

#include <stdio.h>

struct rec { int *ptr; long n; };

void
say (const char *s)			/* { dg-message "s does not escape" } */
{
  puts (s);
}

void
say_to (const char *s,			/* { dg-message "s does not escape" } */
	FILE *f)			/* { dg-message "f does not escape" } */
{
  fputs (s, f);
  fputc ('\n', f);
  putc ('.', f);
  fflush (f);
}

size_t
save (const struct rec *r,		/* { dg-message "r does not escape" } */
      FILE *f)				/* { dg-message "f does not escape" } */
{
  return fwrite (r, sizeof *r, 1, f);
}

size_t
load (struct rec *r,			/* { dg-message "r does not escape" } */
      FILE *f)				/* { dg-message "f does not escape" } */
{
  return fread (r, sizeof *r, 1, f);
}

int
load_local (FILE *f)			/* { dg-message "f does not escape" } */
{
  struct rec r;
  if (fread (&r, sizeof r, 1, f) != 1)
    return -1;
  fwrite (&r, sizeof r, 1, f);
  return (int) r.n;
}

void
complain (const char *what)		/* { dg-message "what does not escape" } */
{
  perror (what);
}

void
local_text (int x)
{
  char buf[4] = { 'a', (char) x, 0, 0 };
  puts (buf);
  fputs (buf, stderr);
  perror (buf);
}

/* { dg-final { escape-same-code-without-m } } */
