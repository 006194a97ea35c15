/* -m=2 explanations through mutually recursive callees do not change the object code.  */
/* { dg-options "-fplugin-arg-escape-m=2" } */

int *out;

static int walk_b (int *p, int *q, int n);

static int
walk_a (int *p, int *q, int n)	/* { dg-message "leaking param: p" } */
/* { dg-message "  flow: \\{heap\\} = p:" "" { target *-*-* } 9 } */
/* { dg-message "    from walk_b\\(q, p, \[^)\]*\\) \\(call argument\\) at \[^ \]*ipa-same-code-2.c:21:14" "" { target *-*-* } 9 } */
/* { dg-message "leaking param: q" "" { target *-*-* } 9 } */
/* { dg-message "  flow: \\{heap\\} = q:" "" { target *-*-* } 9 } */
/* { dg-message "    from out = q \\(assign\\) at \[^ \]*ipa-same-code-2.c:18:11" "" { target *-*-* } 9 } */
{
  if (n <= 0)
    {
      out = q;
      return 0;
    }
  return 1 + walk_b (q, p, n - 1);
}

static int
walk_b (int *p, int *q, int n)	/* { dg-message "leaking param: p" } */
/* { dg-message "  flow: \\{heap\\} = p:" "" { target *-*-* } 25 } */
/* { dg-message "    from walk_a\\(p, q, \[^)\]*\\) \\(call argument\\) at \[^ \]*ipa-same-code-2.c:31:14" "" { target *-*-* } 25 } */
/* { dg-message "leaking param: q" "" { target *-*-* } 25 } */
/* { dg-message "  flow: \\{heap\\} = q:" "" { target *-*-* } 25 } */
{
  return n ? walk_a (p, q, n - 1) : *p;
}

int
run (int n)
{
  int a = 0, b = 1;		/* { dg-message "&a escapes to heap" } */
  /* { dg-message "&b escapes to heap" "" { target *-*-* } 37 } */
  /* { dg-message "  flow: \\{heap\\} = &a:" "" { target *-*-* } 37 } */
  /* { dg-message "  flow: \\{heap\\} = &b:" "" { target *-*-* } 37 } */
  /* { dg-message "    from walk_a\\(&a, &b, n\\) \\(call argument\\) at \[^ \]*ipa-same-code-2.c:42:10" "" { target *-*-* } 37 } */
  return walk_a (&a, &b, n);
}

/* { dg-final { escape-same-code-without-m } } */
