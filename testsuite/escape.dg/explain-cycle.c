/* -m=2 through cycles of assignments (Go's issue 35518): the walk lowers a
   distance around the cycle, so its shortest steps go round it; the explanation
   shows the cycle once and goes on to the root instead of stopping.  */
/* { dg-options "-fplugin-arg-escape-m=2" } */

void *g;

void
pair (void)
{
  void *a, *b;	/* { dg-message "&a escapes to heap" } */
/* { dg-message "&b escapes to heap" "" { target *-*-* } 11 } */
/* { dg-message "  flow: a = &b:" "" { target *-*-* } 11 } */
/* { dg-message "    from a = &b \\(address-of\\) at \\S*explain-cycle\\.c:22:5" "" { target *-*-* } 11 } */
/* { dg-message "  flow: b = &a:" "" { target *-*-* } 11 } */
/* { dg-message "    from b = &a \\(address-of\\) at \\S*explain-cycle\\.c:23:5" "" { target *-*-* } 11 } */
/* { dg-message "  flow: \\{heap\\} = b:" "" { target *-*-* } 11 } */
/* { dg-message "    from g = b \\(assign\\) at \\S*explain-cycle\\.c:24:5" "" { target *-*-* } 11 } */
/* &a: b = &a, then {heap} = b.  &b: a = &b, b = &a (the cycle), then {heap} = b.
   Before, both stopped where the cycle closed and never reached {heap}.  */

  a = &b;
  b = &a;
  g = b;
}

void
self (void)
{
  void *s;	/* { dg-message "&s escapes to heap" } */
/* { dg-message "  flow: s = &s:" "" { target *-*-* } 30 } */
/* { dg-message "    from s = &s \\(address-of\\) at \\S*explain-cycle\\.c:36:5" "" { target *-*-* } 30 } */
/* { dg-message "  flow: \\{heap\\} = s:" "" { target *-*-* } 30 } */
/* { dg-message "    from g = s \\(assign\\) at \\S*explain-cycle\\.c:37:5" "" { target *-*-* } 30 } */

  s = &s;
  g = s;
}

void
deref (void)
{
  void *x, *y;	/* { dg-message "&x escapes to heap" } */
/* { dg-message "  flow: y = &x:" "" { target *-*-* } 43 } */
/* { dg-message "    from y = &x \\(address-of\\) at \\S*explain-cycle\\.c:54:5" "" { target *-*-* } 43 } */
/* { dg-message "  flow: x = y:" "" { target *-*-* } 43 } */
/* { dg-message "    from x = y \\(assign\\) at \\S*explain-cycle\\.c:55:5" "" { target *-*-* } 43 } */
/* { dg-message "  flow: \\{heap\\} = \\*\\*\\*y:" "" { target *-*-* } 43 } */
/* { dg-message "    from g = \\*\\(\\*\\(\\*y\\)\\) \\(assign\\) at \\S*explain-cycle\\.c:56:5" "" { target *-*-* } 43 } */
/* { dg-message "    from \\*(?:\\(\\*)*y\\)* \\(load\\) at \\S*explain-cycle\\.c:56:\\d+" "" { target *-*-* } 43 } */
/* Only round y = &x; x = y does &x reach {heap}: the cycle is shown once
   (y = &x twice, x = y once), then the path leaves it for {heap}.  */

  y = &x;
  x = y;
  g = ***(void ****) y;
}

struct node { struct node *next; int v; };

void
ring (void)
{
  struct node a, b;	/* { dg-message "&a escapes to heap" } */
/* { dg-message "&b escapes to heap" "" { target *-*-* } 64 } */
/* { dg-message "  flow: a = &b:" "" { target *-*-* } 64 } */
/* { dg-message "    from a.next = &b \\(address-of\\) at \\S*explain-cycle\\.c:74:10" "" { target *-*-* } 64 } */
/* { dg-message "  flow: b\\.next = &a:" "" { target *-*-* } 64 } */
/* { dg-message "    from b.next = &a \\(address-of\\) at \\S*explain-cycle\\.c:75:10" "" { target *-*-* } 64 } */
/* { dg-message "  flow: \\{heap\\} = b\\.next:" "" { target *-*-* } 64 } */
/* { dg-message "    from b\\.next \\(load\\) at \\S*explain-cycle\\.c:76:8" "" { target *-*-* } 64 } */
/* { dg-message "    from g = b.next \\(assign\\) at \\S*explain-cycle\\.c:76:5" "" { target *-*-* } 64 } */

  a.next = &b;
  b.next = &a;
  g = b.next;
}
