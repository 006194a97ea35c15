/* -m=2: flow explanations for copies of a parameter and of a local's address.  */
/* { dg-options "-fplugin-arg-escape-m=2" } */

int *g;

void
to_global (int *p)		/* { dg-message "leaking param: p" } */
/* { dg-message "  flow: q = p:" "" { target *-*-* } 7 } */
/* { dg-message "    from q = p \\(assign\\) at \\S*c-m2-copy\\.c:13:8" "" { target *-*-* } 7 } */
/* { dg-message "  flow: \\{heap\\} = q:" "" { target *-*-* } 7 } */
/* { dg-message "    from g = q \\(assign\\) at \\S*c-m2-copy\\.c:14:5" "" { target *-*-* } 7 } */
{
  int *q = p;
  g = q;
}

void
addr_to_global (void)
{
  int x;			/* { dg-message "&x escapes to heap" } */
/* { dg-message "  flow: a = &x:" "" { target *-*-* } 20 } */
/* { dg-message "    from a = &x \\(address-of\\) at \\S*c-m2-copy\\.c:27:8" "" { target *-*-* } 20 } */
/* { dg-message "  flow: b = a:" "" { target *-*-* } 20 } */
/* { dg-message "    from b = a \\(assign\\) at \\S*c-m2-copy\\.c:28:8" "" { target *-*-* } 20 } */
/* { dg-message "  flow: \\{heap\\} = b:" "" { target *-*-* } 20 } */
/* { dg-message "    from g = b \\(assign\\) at \\S*c-m2-copy\\.c:29:5" "" { target *-*-* } 20 } */
  int *a = &x;
  int *b = a;
  g = b;
}

int *
to_result (int *p)		/* { dg-message "leaking param: p to result ~r0 level=0" } */
/* { dg-message "  flow: r = p:" "" { target *-*-* } 33 } */
/* { dg-message "    from r = p \\(assign\\) at \\S*c-m2-copy\\.c:39:8" "" { target *-*-* } 33 } */
/* { dg-message "  flow: ~r0 = r:" "" { target *-*-* } 33 } */
/* { dg-message "    from return r \\(return\\) at \\S*c-m2-copy\\.c:40:10" "" { target *-*-* } 33 } */
{
  int *r = p;
  return r;
}

int
kept (int *p)			/* { dg-message "p does not escape" } */
{
  int *q = p;
  return *q;
}
