/* -m=2 explains a parameter that leaks because it is stored into memory reached through another parameter.  */
/* { dg-options "-fplugin-arg-escape-m=2" } */

struct box
{
  int n;
  int *p;
};

void
store_field (struct box *b, int *p)	/* { dg-message "b does not escape" } */
{
  b->p = p;
}

void
store_element (int **arr, int i, int *e)	/* { dg-message "arr does not escape" } */
{
  arr[i] = e;
}

/* A local's address stored through a parameter.  */
void
store_local (struct box *b)	/* { dg-message "b does not escape" } */
{
  int x = 0;	/* { dg-message "&x escapes to heap" } */
  b->p = &x;
}

/* The other notes, with the -m=2 explanations, by the line they are reported at.  */
/* { dg-message "leaking param: p" "" { target *-*-* } 11 } */
/* { dg-message "  flow: \\{heap\\} = p:" "" { target *-*-* } 11 } */
/* { dg-message "    from b->p = p \\(store\\) at \[^ \]*explain-param-store\\.c:13:8" "" { target *-*-* } 11 } */
/* { dg-message "leaking param: e" "" { target *-*-* } 17 } */
/* { dg-message "  flow: \\{heap\\} = e:" "" { target *-*-* } 17 } */
/* arr[i] is shown as written, or at least as a valid C expression: not
   "*arr + i * 8", which reads as (*arr) + i * 8.  */
/* { dg-message "    from (arr\\\[i\\\]|\\*\\(arr \\+ i\[^=\]*\\)) = e \\(store\\) at \[^ \]*explain-param-store\\.c:19:10" "" { target *-*-* } 17 } */
/* { dg-message "  flow: \\{heap\\} = &x:" "" { target *-*-* } 26 } */
/* { dg-message "    from b->p = &x \\(store\\) at \[^ \]*explain-param-store\\.c:27:8" "" { target *-*-* } 26 } */
