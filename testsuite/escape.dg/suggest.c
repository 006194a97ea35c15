/* -fplugin-arg-escape-suggest: one note at the declaration of each function of
   another file whose parameter, if it were noescape, would move allocation
   sites of this file to the stack, with their number, the largest first (then
   in order of declaration).  A site that escapes through two such parameters
   (a, e) moves with neither alone and counts for none; a parameter that already
   promises is not suggested.  */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-suggest" } */
#include <stdlib.h>
#include <string.h>

extern void log_text (const char *);	/* { dg-message "escape: 1 allocation site in this file would move to the stack if parameter 1 of .log_text. were .noescape." } */
extern size_t consume (const char *, char *);	/* { dg-message "escape: 2 allocation sites in this file would move to the stack if parameter 1 of .consume. were .noescape." } */
/* { dg-message "escape: 1 allocation site in this file would move to the stack if parameter 2 of .consume. were .noescape." "" { target *-*-* } 12 } */
extern void keep (void *);	/* { dg-message "escape: 1 allocation site in this file would move to the stack if parameter 1 of .keep. were .noescape." } */
extern size_t promised (const char *) __attribute__ ((noescape (1)));

static size_t
work (int k)
{
  char *a = malloc (16);
  char *b = malloc (16);
  char *c = malloc (32);
  strcpy (a, "a");
  strcpy (b, "b");
  size_t n = consume (a, c) + consume (b, c);
  log_text (a);
  free (a);
  free (b);
  free (c);
  return n + k;
}

static size_t
more (void)
{
  char *d = malloc (16);
  char *e = malloc (16);
  char *f = malloc (16);
  char *g = malloc (16);
  strcpy (d, "d");
  strcpy (e, "e");
  strcpy (f, "f");
  strcpy (g, "g");
  keep (f);
  log_text (g);
  size_t n = consume (d, 0) + consume (e, 0) + promised (f);
  log_text (e);
  free (g);
  free (d);
  free (e);
  return n;
}

int
main (void)
{
  return work (1) + more ();
}
/* { dg-final { escape-notes-in-order { "2 allocation sites .* parameter 1 of .consume." "1 allocation site .* parameter 1 of .log_text." "1 allocation site .* parameter 2 of .consume." "1 allocation site .* parameter 1 of .keep." } } } */
