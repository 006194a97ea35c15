/* stack_only: under -fplugin-arg-escape-promote, an allocation assigned to the
   variable must move to the stack with a constant size, or the compile fails
   with the reason.  A null pointer may be assigned too.  */
/* { dg-options "-fplugin-arg-escape-promote" } */
#include <stdlib.h>
#include <string.h>

void *g;
extern char *make (void);

int
kept_off_heap (int k)
{
  char *b __attribute__ ((stack_only)) = 0;
  b = malloc (64);
  memset (b, k, 64);
  int r = b[k & 63];
  free (b);
  return r;
}

int
escapes (void)
{
  char *b __attribute__ ((stack_only)) = malloc (64);	/* { dg-error ".b. is declared .stack_only. but this allocation escapes to heap" } */
/* { dg-message "  flow: \\{heap\\} = b:" "" { target *-*-* } 25 } */
/* { dg-message "    from g = b \\(assign\\) at \\S*attr-stack-only\\.c:30:5" "" { target *-*-* } 25 } */
/* { dg-message "  flow: b = &malloc\\(64\\):" "" { target *-*-* } 25 } */
/* { dg-message "    from b = malloc\\(64\\) \\(call result\\) at \\S*attr-stack-only\\.c:25:42" "" { target *-*-* } 25 } */
  g = b;
  return 0;
}

int
variable (int n)
{
  char *b __attribute__ ((stack_only)) = malloc (n);	/* { dg-error ".b. is declared .stack_only. but this allocation may take the heap: its size is known only at run time, and a size of 0 or above the limit for variable sizes is allocated on the heap" } */
  memset (b, 0, n);
  int r = b[0];
  free (b);
  return r;
}

int
too_large (void)
{
  char *b __attribute__ ((stack_only)) = malloc (100000);	/* { dg-error ".b. is declared .stack_only. but this allocation is not moved to stack: too large \\(100000 > max-size 4096\\)" } */
  b[0] = 1;
  int r = b[0];
  free (b);
  return r;
}

int
not_an_allocation (void)
{
  char *b __attribute__ ((stack_only)) = make ();	/* { dg-error ".b. is declared .stack_only. but is assigned a value that is not an allocation this plugin moves" } */
  return b[0];
}
