/* A function declared pure or const stores nothing and frees nothing: a block
   passed to one reaches only its result.  Where the result goes decides: a
   pointer result kept in a local is harmless, one stored into a global leaks the
   block; an integer result may carry the pointer's bits (returned, it leaks the
   block; it keeps the block off the stack, see run-pure-callee.c); a truth value
   carries nothing.  Without the attribute the callee may keep the block.  */
/* { dg-options "-fplugin-arg-escape-m" } */
#include <stdlib.h>
#include <string.h>

extern const char *skip_blank (const char *) __attribute__ ((pure));
extern int checksum (const char *, size_t) __attribute__ ((pure));
extern _Bool valid (const char *) __attribute__ ((pure));
extern unsigned long mix (const void *) __attribute__ ((const));
extern const char *skip_blank_kept (const char *);
const char *last;

int
first_word (size_t n)
{
  char *b = malloc (n + 1);	/* { dg-message "malloc\\(\\.\\.\\.\\) does not escape" } */
  memset (b, ' ', n);
  b[n] = 0;
  const char *s = skip_blank (b);
  int r = *s;
  free (b);
  return r;
}

void
result_kept (size_t n)
{
  char *b = malloc (n + 1);	/* { dg-message "malloc\\(\\.\\.\\.\\) escapes to heap" } */
  memset (b, ' ', n);
  b[n] = 0;
  last = skip_blank (b);
}

int
sum (size_t n)
{
  char *b = calloc (n, 1);	/* { dg-message "calloc\\(n, 1\\) does not escape" } */
  int r = checksum (b, n) * 3;
  free (b);
  return r;
}

int
check (void)
{
  char *b = calloc (8, 1);	/* { dg-message "calloc\\(8, 1\\) does not escape" } */
  int r = valid (b);
  free (b);
  return r;
}

unsigned long
hash (void)
{
  char *b = malloc (8);		/* { dg-message "malloc\\(8\\) escapes to heap" } */
  unsigned long h = mix (b);
  free (b);
  return h;
}

int
not_declared_pure (size_t n)
{
  char *b = calloc (n + 1, 1);	/* { dg-message "calloc\\(\\.\\.\\., 1\\) escapes to heap" } */
  int r = *skip_blank_kept (b);
  free (b);
  return r;
}

/* { dg-final { escape-same-code-without-m } } */
