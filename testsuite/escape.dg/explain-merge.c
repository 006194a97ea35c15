/* -m=2 without holes: a merge of one variable's values (in a loop, after if/else) is
   no step and no hop; a return of merged values says which value the path returns and
   points at the function's closing brace when the return has no location of its own.
   The explanation is the same at -O0 and -O2, and no step says "at ?:0:0".  */
/* { dg-options "-fplugin-arg-escape-m=2" } */

struct node { struct node *next; int v; };
struct node *keep;

void
last_of (struct node *head)	/* { dg-message "leaking param: head" } */
/* { dg-message "  flow: p = head:" "" { target *-*-* } 11 } */
/* { dg-message "    from p = head \\(assign\\) at \\S*explain-merge\\.c:22:21" "" { target *-*-* } 11 } */
/* { dg-message "  flow: last = p:" "" { target *-*-* } 11 } */
/* { dg-message "    from last = p \\(assign\\) at \\S*explain-merge\\.c:23:10" "" { target *-*-* } 11 } */
/* { dg-message "  flow: \\{heap\\} = last:" "" { target *-*-* } 11 } */
/* { dg-message "    from keep = last \\(assign\\) at \\S*explain-merge\\.c:24:8" "" { target *-*-* } 11 } */
/* { dg-bogus "flow: (\\w+) = \\1:" "" { target *-*-* } 11 } */
/* { dg-bogus "at \\?:0:0" "" { target *-*-* } 11 } */
{
  struct node *last = 0;
  for (struct node *p = head; p; p = p->next)
    last = p;
  keep = last;
}

void
either (int c, int *a, int *b)	/* { dg-message "leaking param: a" } */
/* { dg-message "leaking param: b" "" { target *-*-* } 28 } */
/* { dg-message "  flow: r = a:" "" { target *-*-* } 28 } */
/* { dg-message "    from r = a \\(assign\\) at \\S*explain-merge\\.c:41:7" "" { target *-*-* } 28 } */
/* { dg-message "  flow: r = b:" "" { target *-*-* } 28 } */
/* { dg-message "    from r = b \\(assign\\) at \\S*explain-merge\\.c:43:7" "" { target *-*-* } 28 } */
/* { dg-message "  flow: \\{heap\\} = r:" "" { target *-*-* } 28 } */
/* { dg-message "    from keep = r \\(assign\\) at \\S*explain-merge\\.c:44:8" "" { target *-*-* } 28 } */
/* Both parameters reach {heap} through r: one directive matches both notes.  */

{
  int *r;
  if (c)
    r = a;
  else
    r = b;
  keep = (struct node *) r;
}

int *
pick (int c, int *a, int *b)	/* { dg-message "leaking param: a to result ~r0 level=0" } */
/* { dg-message "leaking param: b to result ~r0 level=0" "" { target *-*-* } 48 } */
/* { dg-message "  flow: ~r0 = a:" "" { target *-*-* } 48 } */
/* { dg-message "    from return a \\(return\\) at \\S*explain-merge\\.c:58:1" "" { target *-*-* } 48 } */
/* { dg-message "  flow: ~r0 = b:" "" { target *-*-* } 48 } */
/* { dg-message "    from return b \\(return\\) at \\S*explain-merge\\.c:58:1" "" { target *-*-* } 48 } */
{
  if (c > 1)
    return a;
  return b;
}
