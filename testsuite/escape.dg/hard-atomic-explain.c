/* -m=2 explanation of an assignment to an _Atomic global: the same at -O0 and -O2 (the front end's temporary is in memory at -O0 only and must not add a step).  */
/* { dg-options "-fplugin-arg-escape-m=2" } */

int *_Atomic ga;

void
to_atomic_global (int *p)	/* { dg-message "leaking param: p" } */
  /* { dg-message "  flow: \\{heap\\} = p:" "" { target *-*-* } 7 } */
  /* { dg-message "    from __atomic_store_8\\(&ga, \\.\\.\\., 5\\) \\(call argument\\) at \[^\n\]*:11:6" "" { target *-*-* } 7 } */
{
  ga = p;
}
