/* -m=2 explains a parameter that leaks into a global: directly, through a local copy, into a global struct's field.  */
/* { dg-options "-fplugin-arg-escape-m=2" } */

int *g;
struct { int n; int *p; } gs;

void
direct (int *p)	/* { dg-message "leaking param: p" } */
{
  g = p;
}

void
copied (int *p)	/* { dg-message "leaking param: p" } */
{
  int *q = p;
  g = q;
}

void
field (int *p)	/* { dg-message "leaking param: p" } */
{
  gs.p = p;
}

/* The other notes, with the -m=2 explanations, by the line they are reported at.  */
/* { dg-message "  flow: \\{heap\\} = p:" "" { target *-*-* } 8 } */
/* { dg-message "    from g = p \\(assign\\) at \[^ \]*explain-param-global\\.c:10:5" "" { target *-*-* } 8 } */
/* { dg-message "  flow: q = p:" "" { target *-*-* } 14 } */
/* { dg-message "    from q = p \\(assign\\) at \[^ \]*explain-param-global\\.c:16:8" "" { target *-*-* } 14 } */
/* { dg-message "  flow: \\{heap\\} = q:" "" { target *-*-* } 14 } */
/* { dg-message "    from g = q \\(assign\\) at \[^ \]*explain-param-global\\.c:17:5" "" { target *-*-* } 14 } */
/* { dg-message "  flow: \\{heap\\} = p:" "" { target *-*-* } 21 } */
/* { dg-message "    from gs\\.p = p \\(assign\\) at \[^ \]*explain-param-global\\.c:23:8" "" { target *-*-* } 21 } */
