/* -m=2: a return whose value has no name of its own (a compiler temporary that a
   struct is copied into, a merge of several values) says which value the path
   returns, under the dereferences the path has made: return r, return *s,
   return *pp, never return ... or a name without its dereference.  */
/* { dg-options "-fplugin-arg-escape-m=2" } */

struct P { int *a; int n; };

struct P
first_set (int **v, int n)	/* { dg-message "leaking param: v to result ~r0 level=1" } */
/* { dg-message "  flow: r = \\*v:" "" { target *-*-* } 10 } */
/* { dg-message "    from \\*\\(v \\+ .*\\) \\(load\\) at \\S*explain-return\\.c:19:12" "" { target *-*-* } 10 } */
/* { dg-message "    from r.a = .* \\(assign\\) at \\S*explain-return\\.c:19:9" "" { target *-*-* } 10 } */
/* { dg-message "  flow: ~r0 = r:" "" { target *-*-* } 10 } */
/* { dg-message "    from return r \\(return\\) at \\S*explain-return\\.c:20:10" "" { target *-*-* } 10 } */
{
  struct P r = { 0, 0 };
  for (int i = 0; i < n && !r.a; i++)
    r.a = v[i], r.n = i;
  return r;
}

struct P
copy_out (struct P *s)	/* { dg-message "leaking param: s to result ~r0 level=1" } */
/* { dg-message "  flow: ~r0 = \\*s:" "" { target *-*-* } 24 } */
/* { dg-message "    from \\*s \\(load\\) at \\S*explain-return\\.c:29:10" "" { target *-*-* } 24 } */
/* { dg-message "    from return \\*s \\(return\\) at \\S*explain-return\\.c:29:10" "" { target *-*-* } 24 } */
{
  return *s;
}

int *
either (int c, int **pp, int *q)	/* { dg-message "leaking param: pp to result ~r0 level=1" } */
/* { dg-message "leaking param: q to result ~r0 level=0" "" { target *-*-* } 33 } */
/* { dg-message "  flow: ~r0 = \\*pp:" "" { target *-*-* } 33 } */
/* { dg-message "    from \\*pp \\(load\\) at \\S*explain-return\\.c:42:12" "" { target *-*-* } 33 } */
/* { dg-message "    from return \\*pp \\(return\\) at \\S*explain-return\\.c:44:1" "" { target *-*-* } 33 } */
/* { dg-message "  flow: ~r0 = q:" "" { target *-*-* } 33 } */
/* { dg-message "    from return q \\(return\\) at \\S*explain-return\\.c:44:1" "" { target *-*-* } 33 } */
{
  if (c)
    return *pp;
  return q;
}
