/* Blocks passed to functions declared pure or const (defined in
   run-pure-callee-aux.c, only declared here) move to the stack where the
   result keeps them local, and the program behaves as before: a block freed
   through the pointer a pure function returns (the free is guarded), a block
   read through it.  The unsafe neighbours stay on the heap: a pure function's
   integer result may be the pointer's bits (printed, compared later); its
   pointer result stored into a global.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m" } */
/* { dg-additional-sources "run-pure-callee-aux.c" } */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

extern char *same (char *) __attribute__ ((pure));
extern const char *skip_blank (const char *) __attribute__ ((pure));
extern int checksum (const char *, size_t) __attribute__ ((pure));
extern _Bool aligned8 (const void *) __attribute__ ((const));
extern uintptr_t bits (const void *) __attribute__ ((const));

const char *kept;
uintptr_t seen;

static int
word (const char *text)		/* { dg-message "text does not escape" } */
{
  char *b = malloc (32);	/* { dg-message "moved to stack: malloc\\(32\\)" } */
  strcpy (b, text);
  const char *s = skip_blank (b);
  int r = s[0];
  free (same (b));
  return r;
}

static int
is_aligned (void)
{
  char *b = malloc (16);	/* { dg-message "moved to stack: malloc\\(16\\)" } */
  int r = aligned8 (b) || !aligned8 (b);
  free (b);
  return r;
}

static int
sum (const char *text)		/* { dg-message "text does not escape" } */
{
  char *b = malloc (32);	/* { dg-message "malloc\\(32\\) does not escape" } */
  strcpy (b, text);
  int r = checksum (b, strlen (b));
  free (b);
  return r;
}

static void
remember_bits (void)
{
  char *b = malloc (16);	/* { dg-message "malloc\\(16\\) escapes to heap" } */
  seen = bits (b);
}

static void
remember (const char *text)	/* { dg-message "text does not escape" } */
{
  char *b = malloc (32);	/* { dg-message "malloc\\(32\\) escapes to heap" } */
  strcpy (b, text);
  kept = skip_blank (b);
}

int
main (void)
{
  if (word ("   xyz") != 'x' || !is_aligned ())
    abort ();
  if (sum ("abc") != ('a' * 31 + 'b') * 31 + 'c')
    abort ();
  remember_bits ();
  remember ("  tail");
  if (strcmp (kept, "tail") != 0 || seen == 0)
    abort ();
  free ((void *) (kept - 2));
  free ((void *) seen);
  return 0;
}
