/* -m=2 explains a parameter that leaks to the result after one or two loads.  */
/* { dg-options "-fplugin-arg-escape-m=2" } */

int *
level1 (int **pp)	/* { dg-message "leaking param: pp to result ~r0 level=1" } */
{
  int *t = *pp;
  return t;
}

int *
level2 (int ***ppp)	/* { dg-message "leaking param: ppp to result ~r0 level=2" } */
{
  int **t = *ppp;
  return *t;
}

struct node
{
  struct node *next;
};

struct node *
second (struct node *n)	/* { dg-message "leaking param: n to result ~r0 level=1" } */
{
  return n->next;
}

/* The other notes, with the -m=2 explanations, by the line they are reported at.  */
/* { dg-message "  flow: t = \\*pp:" "" { target *-*-* } 5 } */
/* { dg-message "    from t = \\*pp \\(load\\) at \[^ \]*explain-result-level\\.c:7:8" "" { target *-*-* } 5 } */
/* { dg-message "  flow: ~r0 = t:" "" { target *-*-* } 5 } */
/* { dg-message "    from return t \\(return\\) at \[^ \]*explain-result-level\\.c:8:10" "" { target *-*-* } 5 } */
/* { dg-message "  flow: t = \\*ppp:" "" { target *-*-* } 12 } */
/* { dg-message "    from t = \\*ppp \\(load\\) at \[^ \]*explain-result-level\\.c:14:9" "" { target *-*-* } 12 } */
/* { dg-message "  flow: ~r0 = \\*t:" "" { target *-*-* } 12 } */
/* { dg-message "    from \\*t \\(load\\) at \[^ \]*explain-result-level\\.c:15:10" "" { target *-*-* } 12 } */
/* { dg-message "    from return \\*t \\(return\\) at \[^ \]*explain-result-level\\.c:15:10" "" { target *-*-* } 12 } */
/* { dg-message "  flow: ~r0 = n->next:" "" { target *-*-* } 24 } */
/* { dg-message "    from n->next \\(load\\) at \[^ \]*explain-result-level\\.c:26:11" "" { target *-*-* } 24 } */
/* { dg-message "    from return n->next \\(return\\) at \[^ \]*explain-result-level\\.c:26:11" "" { target *-*-* } 24 } */
