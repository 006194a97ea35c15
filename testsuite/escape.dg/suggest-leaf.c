/* -fplugin-arg-escape-suggest where callers count as recursive: a public function
   that calls a function of another file may be called again through it, so its
   blocks stay on the heap with noescape alone; the note says how many would move
   if that function were also leaf.  pub2 calls another such function and counts
   for neither; priv is static but reached from the public pub3.  */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-suggest" } */
#include <stdlib.h>
#include <string.h>

extern size_t consume (const char *);	/* { dg-message "escape: 0 allocation sites in this file would move to the stack if parameter 1 of .consume. were .noescape. \\(2 if .consume. were also .leaf.\\)" } */
extern void other (int);

size_t
pub (int k)
{
  char *a = malloc (16);
  strcpy (a, "a");
  size_t n = consume (a);
  free (a);
  return n + k;
}

size_t
pub2 (int k)
{
  char *a = malloc (16);
  strcpy (a, "a");
  other (k);
  size_t n = consume (a);
  free (a);
  return n + k;
}

static size_t
priv (void)
{
  char *b = malloc (16);
  strcpy (b, "b");
  size_t n = consume (b);
  free (b);
  return n;
}

size_t
pub3 (void)
{
  return priv ();
}
