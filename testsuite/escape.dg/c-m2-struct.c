/* -m=2: flow explanations for a pointer carried by a struct copied to a global, through a parameter, or returned
   (the rendering of GCC's <retval> in the return of an aggregate is not checked).  */
/* { dg-options "-fplugin-arg-escape-m=2" } */

struct P { int *a; int n; };

struct P gs;

void
struct_to_global (int *p)	/* { dg-message "leaking param: p" } */
/* { dg-message "  flow: t = p:" "" { target *-*-* } 10 } */
/* { dg-message "    from t\\.a = p \\(assign\\) at \\S*c-m2-struct\\.c:17:7" "" { target *-*-* } 10 } */
/* { dg-message "  flow: \\{heap\\} = t:" "" { target *-*-* } 10 } */
/* { dg-message "    from gs = t \\(assign\\) at \\S*c-m2-struct\\.c:19:6" "" { target *-*-* } 10 } */
{
  struct P t;
  t.a = p;
  t.n = 0;
  gs = t;
}

void
struct_through_param (struct P *out,	/* { dg-message "out does not escape" } */
		      int *p)		/* { dg-message "leaking param: p" } */
/* { dg-message "  flow: t = p:" "" { target *-*-* } 24 } */
/* { dg-message "    from t\\.a = p \\(assign\\) at \\S*c-m2-struct\\.c:30:12" "" { target *-*-* } 24 } */
/* { dg-message "  flow: \\{heap\\} = t:" "" { target *-*-* } 24 } */
/* { dg-message "    from \\*out = t \\(store\\) at \\S*c-m2-struct\\.c:31:8" "" { target *-*-* } 24 } */
{
  struct P t = { p, 1 };
  *out = t;
}

struct P
struct_result (int **pp)	/* { dg-message "leaking param: pp to result ~r0 level=1" } */
/* { dg-message "  flow: r = \\*pp:" "" { target *-*-* } 35 } */
/* { dg-message "    from \\*pp \\(load\\) at \\S*c-m2-struct\\.c:43:18" "" { target *-*-* } 35 } */
/* { dg-message "    from r\\.a = \\*pp \\(assign\\) at \\S*c-m2-struct\\.c:43:12" "" { target *-*-* } 35 } */
/* { dg-message "  flow: ~r0 = r:" "" { target *-*-* } 35 } */
/* (The copy into the compiler's return temporary is not shown, at any -O level.)  */
/* { dg-message "    from return \\S+ \\(return\\) at \\S*c-m2-struct\\.c:44:10" "" { target *-*-* } 35 } */
{
  struct P r = { *pp, 2 };
  return r;
}
