/* Freeing a block frees none of the blocks it points to.  consume copies its
   argument's bytes into a block of its own and frees that block: the caller's
   block is read, never freed, and moves to the stack; the same holds through
   mutual recursion (under a recursive budget).  destroy frees what its
   argument points to: the block stored there stays on the heap.  */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m=2 -fplugin-arg-escape-recursive-budget=64" } */
#include <stdlib.h>
#include <string.h>

struct box { char *buf; };

static int
consume (const char *s)		/* { dg-message "s does not escape" } */
{
  char *b = malloc (8);		/* { dg-message "moved to stack: malloc\\(8\\)" } */
  memcpy (b, s, 8);
  int r = b[0];
  free (b);
  return r;
}

int
caller (void)
{
  char *a = malloc (8);		/* { dg-message "moved to stack: malloc\\(8\\)" } */
  memset (a, 1, 8);
  int r = consume (a);
  free (a);
  return r;
}

int odd (int, const char *);

int
even (int n, const char *s)	/* { dg-message "s does not escape" } */
{
  if (n == 0)
    return s[0];
  char *b = malloc (8);		/* { dg-message "moved to stack: malloc\\(8\\)" } */
  memcpy (b, s, 8);
  int r = odd (n - 1, b);
  free (b);
  return r;
}

int
odd (int n, const char *s)	/* { dg-message "s does not escape" } */
{
  if (n == 0)
    return s[1];
  char *b = malloc (8);		/* { dg-message "moved to stack: malloc\\(8\\)" } */
  memcpy (b, s, 8);
  int r = even (n - 1, b);
  free (b);
  return r;
}

static void
destroy (struct box *x)		/* { dg-message "x does not escape" } */
{
  free (x->buf);
}

int
destroyed (void)
{
  struct box b;
  b.buf = malloc (16);		/* { dg-message "malloc\\(16\\) does not escape" } */
  /* { dg-message "  not moved to stack: freed in callee destroy" "" { target *-*-* } 68 } */
  b.buf[0] = 1;
  int r = b.buf[0];
  destroy (&b);
  return r;
}
