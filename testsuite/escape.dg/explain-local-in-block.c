/* -m=2 explains a local whose address is stored into a heap block that then escapes.  */
/* { dg-options "-fplugin-arg-escape-m=2" } */

#include <stdlib.h>

struct cell
{
  int n;
  int *p;
};

struct cell *published;

void
publish (void)
{
  int x = 0;	/* { dg-message "&x escapes to heap" } */
  struct cell *blk = malloc (sizeof *blk);	/* { dg-message "malloc\\(16\\) escapes to heap" } */
  blk->p = &x;
  published = blk;
}

/* The block stays here: neither escapes, nothing to explain.  */
int
keep_here (void)
{
  int y = 0;
  struct cell *blk = malloc (sizeof *blk);	/* { dg-message "malloc\\(16\\) does not escape" } */
  blk->p = &y;
  int r = *blk->p;
  free (blk);
  return r;
}

/* The other notes, with the -m=2 explanations, by the line they are reported at.  */
/* { dg-message "  flow: malloc\\(16\\) = &x:" "" { target *-*-* } 17 } */
/* { dg-message "    from blk->p = &x \\(store\\) at \[^ \]*explain-local-in-block\\.c:19:10" "" { target *-*-* } 17 } */
/* { dg-message "  flow: blk = &malloc\\(16\\):" "" { target *-*-* } 17 } */
/* { dg-message "    from blk = malloc\\(16\\) \\(call result\\) at \[^ \]*explain-local-in-block\\.c:18:22" "" { target *-*-* } 17 } */
/* { dg-message "  flow: \\{heap\\} = blk:" "" { target *-*-* } 17 } */
/* { dg-message "    from published = blk \\(assign\\) at \[^ \]*explain-local-in-block\\.c:20:13" "" { target *-*-* } 17 } */
/* { dg-message "  flow: blk = &malloc\\(16\\):" "" { target *-*-* } 18 } */
/* { dg-message "    from blk = malloc\\(16\\) \\(call result\\) at \[^ \]*explain-local-in-block\\.c:18:22" "" { target *-*-* } 18 } */
/* { dg-message "  flow: \\{heap\\} = blk:" "" { target *-*-* } 18 } */
/* { dg-message "    from published = blk \\(assign\\) at \[^ \]*explain-local-in-block\\.c:20:13" "" { target *-*-* } 18 } */
