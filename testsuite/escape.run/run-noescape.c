/* noescape across units without LTO: the functions are defined in
   run-noescape-aux.c (compiled with the plugin, so their promises are checked
   there) and only declared here; blocks passed to them move to the stack and the
   program behaves as before.  A block stored into one under noescape_shallow
   stays on the heap: the callee may return it.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m" } */
/* { dg-additional-sources "run-noescape-aux.c" } */
#include <stdlib.h>
#include <string.h>

struct node { struct node *next; int v; };

size_t measure (const char *, const char *) __attribute__ ((noescape, leaf));
int sum (const struct node *) __attribute__ ((noescape (1), leaf));
struct node *second (struct node *) __attribute__ ((noescape_shallow (1), leaf));

static size_t
text (const char *a)	/* { dg-message "a does not escape" } */
{
  char *b = malloc (32);	/* { dg-message "moved to stack: malloc\\(32\\)" } */
  strcpy (b, a);
  strcat (b, "-suffix");
  size_t n = measure (b, a);
  free (b);
  return n;
}

static int
list (int k)
{
  struct node *a = malloc (sizeof *a);	/* { dg-message "moved to stack: malloc\\(16\\)" } */
  struct node *b = malloc (sizeof *b);	/* { dg-message "malloc\\(16\\) escapes to heap" } */
  a->next = b;
  a->v = k;
  b->next = 0;
  b->v = 2 * k;
  int s = sum (a);
  struct node *t = second (a);
  s += t->v;
  free (t);
  free (a);
  return s;
}

int
main (void)
{
  if (text ("abc") != 13)
    abort ();
  int s = 0;
  for (int k = 0; k < 1000; k++)
    s += list (k);
  if (s != 5 * 499500)
    abort ();
  return 0;
}
