/* Calls to functions declared noescape whose bodies are elsewhere: a block
   passed to them does not escape and moves to the stack; without the promise it
   escapes.  noescape_shallow keeps the pointer but not what it points to; a
   typedef of a function type carries the promise to calls through pointers (the
   block does not escape, but a call through a pointer may call back, so the
   caller counts as recursive and keeps it on the heap by default).  leaf: the
   functions declared so never call back into this unit.  */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m" } */
#include <stdlib.h>
#include <string.h>

extern size_t measure (const char *) __attribute__ ((noescape (1), leaf));
extern size_t unknown (const char *) __attribute__ ((leaf));
extern void *first (void **) __attribute__ ((noescape_shallow (1), leaf));
typedef size_t measure_fn (const char *) __attribute__ ((noescape));
extern measure_fn *hook;

size_t
promised_or_not (void)
{
  char *b = malloc (16);	/* { dg-message "moved to stack: malloc\\(16\\)" } */
  char *c = malloc (16);	/* { dg-message "malloc\\(16\\) escapes to heap" } */
  strcpy (b, "hello");
  strcpy (c, "world");
  size_t n = measure (b) + unknown (c);
  free (c);
  free (b);
  return n;
}

void *
shallow (void)
{
  void **v = malloc (2 * sizeof (void *));	/* { dg-message "moved to stack: malloc\\(16\\)" } */
  char *e = malloc (8);	/* { dg-message "malloc\\(8\\) escapes to heap" } */
  v[0] = e;
  v[1] = 0;
  void *r = first (v);
  free (v);
  return r;
}

int
through_pointer (int k)
{
  int *counts = calloc (4, sizeof (int));	/* { dg-message "calloc\\(4, 4\\) does not escape" } */
  /* { dg-bogus "moved to stack" "" { target *-*-* } 46 } */
  counts[k & 3] = (int) hook ((const char *) counts);
  int r = counts[0];
  free (counts);
  return r;
}
