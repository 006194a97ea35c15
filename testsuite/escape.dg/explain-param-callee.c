/* -m=2 explains a parameter that leaks because a callee defined in this file keeps it, or an unknown callee gets it.  */
/* { dg-options "-fplugin-arg-escape-m=2" } */

int *g;

void
keep (int *k)	/* { dg-message "leaking param: k" } */
{
  g = k;
}

extern void unknown (int *);

void
via_keep (int *q)	/* { dg-message "leaking param: q" } */
{
  keep (q);
}

void
via_unknown (int *u)	/* { dg-message "leaking param: u" } */
{
  unknown (u);
}

void
via_two (int *w)	/* { dg-message "leaking param: w" } */
{
  int *v = w;
  keep (v);
}

/* The other notes, with the -m=2 explanations, by the line they are reported at.  */
/* { dg-message "  flow: \\{heap\\} = k:" "" { target *-*-* } 7 } */
/* { dg-message "    from g = k \\(assign\\) at \[^ \]*explain-param-callee\\.c:9:5" "" { target *-*-* } 7 } */
/* { dg-message "  flow: \\{heap\\} = q:" "" { target *-*-* } 15 } */
/* { dg-message "    from keep\\(q\\) \\(call argument\\) at \[^ \]*explain-param-callee\\.c:17:3" "" { target *-*-* } 15 } */
/* { dg-message "  flow: \\{heap\\} = u:" "" { target *-*-* } 21 } */
/* { dg-message "    from unknown\\(u\\) \\(call argument\\) at \[^ \]*explain-param-callee\\.c:23:3" "" { target *-*-* } 21 } */
/* { dg-message "  flow: v = w:" "" { target *-*-* } 27 } */
/* { dg-message "    from v = w \\(assign\\) at \[^ \]*explain-param-callee\\.c:29:8" "" { target *-*-* } 27 } */
/* { dg-message "  flow: \\{heap\\} = v:" "" { target *-*-* } 27 } */
/* { dg-message "    from keep\\(v\\) \\(call argument\\) at \[^ \]*explain-param-callee\\.c:30:3" "" { target *-*-* } 27 } */
