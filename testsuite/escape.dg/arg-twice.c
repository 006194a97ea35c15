/* The same plugin argument given twice: the last one wins, as with GCC's own options.  -m=2 then -m is -m=1, notes without explanations.  */
/* { dg-options "-fplugin-arg-escape-m=2 -fplugin-arg-escape-m" } */

int *g;

void
f (int *p)			/* { dg-message "leaking param: p" } */
{
  g = p;
}

/* { dg-bogus "flow:" "no explanations at -m=1" { target *-*-* } 0 } */
