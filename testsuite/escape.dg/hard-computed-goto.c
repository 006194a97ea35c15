/* Labels as values and computed goto (goto *p) in functions with allocations: no crash, the analysis is unchanged (a block used between computed jumps does not escape and moves; a block stored in a global escapes), and a block allocated in a cycle made of computed jumps (not a natural loop for GCC) moves when it is freed within its trip and stays on the heap when the next trip still uses it (run-loop-liveness.c runs both).  */
/* { dg-options "-fplugin-arg-escape-m=2 -fplugin-arg-escape-promote" } */

#include <stdlib.h>

int *g;

int
dispatch (const int *code,	/* { dg-message "code does not escape" } */
	  int n)
{
  static void *const table[] = { &&op_add, &&op_sub, &&op_end };
  int *acc = malloc (sizeof (int));	/* { dg-message "moved to stack: malloc\\(4\\)" } */
  if (!acc)
    return 0;
  *acc = 0;
  int pc = 0;
  goto *table[code[pc]];
 op_add:
  *acc += 1;
  if (++pc < n)
    goto *table[code[pc]];
  goto op_end;
 op_sub:
  *acc -= 1;
  if (++pc < n)
    goto *table[code[pc]];
 op_end:;
  int r = *acc;
  free (acc);
  return r;
}

void
dispatch_leak (int which,
	       int *p)		/* { dg-message "leaking param: p" } */
  /* { dg-message "  flow: \\{heap\\} = p:" "" { target *-*-* } 36 } */
  /* { dg-message "    from g = p \\(assign\\) at \[^\n\]*:49:5" "" { target *-*-* } 36 } */
{
  void *target = which ? &&keep : &&drop;
  int *m = malloc (sizeof (int));	/* { dg-message "malloc\\(4\\) escapes to heap" } */
  /* { dg-message "  flow: m = &malloc\\(4\\):" "" { target *-*-* } 41 } */
  /* { dg-message "    from m = malloc\\(4\\) \\(call result\\) at \[^\n\]*:41:12" "" { target *-*-* } 41 } */
  /* { dg-message "  flow: \\{heap\\} = m:" "" { target *-*-* } 41 } */
  /* { dg-message "    from g = m \\(assign\\) at \[^\n\]*:48:5" "" { target *-*-* } 41 } */
  goto *target;
 keep:
  g = m;
  g = p;
  return;
 drop:
  free (m);
}

int
computed_cycle (int n)
{
  void *next = &&body;
  int s = 0;
 body:
  {
    int *t = malloc (sizeof (int));	/* { dg-message "moved to stack: malloc\\(4\\)" } */
    if (!t)
      return s;
    *t = n;
    s += *t;
    free (t);
  }
  if (--n > 0)
    goto *next;
  return s;
}

int
computed_cycle_kept (int n)
{
  void *next = &&body;
  int s = 0, *prev = 0;
 body:
  {
    int *t = malloc (sizeof (int));	/* { dg-message "malloc\\(4\\) does not escape" } */
    /* { dg-message "  not moved to stack: live across loop iterations" "" { target *-*-* } 81 } */
    if (!t)
      return s;
    *t = n;
    if (prev)
      s += *prev;
    free (prev);
    prev = t;
  }
  if (--n > 0)
    goto *next;
  free (prev);
  return s;
}
