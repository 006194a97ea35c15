/* -m=2: flow explanations for stores through parameters, calls (unknown and summarized) and asm.  */
/* { dg-options "-fplugin-arg-escape-m=2" } */

extern void sink (int *);

static void
keeper (int **pp,		/* { dg-message "pp does not escape" } */
	int *p)			/* { dg-message "leaking param: p" } */
/* { dg-message "  flow: \\{heap\\} = p:" "" { target *-*-* } 8 } */
/* { dg-message "    from \\*pp = p \\(store\\) at \\S*c-m2-store\\.c:12:7" "" { target *-*-* } 8 } */
{
  *pp = p;
}

void
store_local (int **out)		/* { dg-message "out does not escape" } */
{
  int x;			/* { dg-message "&x escapes to heap" } */
/* { dg-message "  flow: \\{heap\\} = &x:" "" { target *-*-* } 18 } */
/* { dg-message "    from \\*out = &x \\(store\\) at \\S*c-m2-store\\.c:21:8" "" { target *-*-* } 18 } */
  *out = &x;
}

void
to_unknown (int *p)		/* { dg-message "leaking param: p" } */
/* { dg-message "  flow: \\{heap\\} = p:" "" { target *-*-* } 25 } */
/* { dg-message "    from sink\\(p\\) \\(call argument\\) at \\S*c-m2-store\\.c:29:3" "" { target *-*-* } 25 } */
{
  sink (p);
}

void
via_helper (int **out)		/* { dg-message "out does not escape" } */
{
  int y;			/* { dg-message "&y escapes to heap" } */
/* { dg-message "  flow: \\{heap\\} = &y:" "" { target *-*-* } 35 } */
/* { dg-message "    from keeper\\(out, &y\\) \\(call argument\\) at \\S*c-m2-store\\.c:38:3" "" { target *-*-* } 35 } */
  keeper (out, &y);
}

void
via_asm (void)
{
  int z;			/* { dg-message "&z escapes to heap" } */
/* { dg-message "  flow: \\{heap\\} = &z:" "" { target *-*-* } 44 } */
/* { dg-message "    from asm \\(asm\\) at \\S*c-m2-store\\.c:47:3" "" { target *-*-* } 44 } */
  __asm__ volatile ("" : : "m" (z));
}
