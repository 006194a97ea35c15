/* Static inline functions of a header marked by #pragma GCC system_header get no notes; their summaries still serve callers.  */
/* { dg-options "-fplugin-arg-escape-m" } */

#include "ipa-system-header.h"

int
stash_local (void)
{
  int x = 1;			/* { dg-message "&x escapes to heap" } */
  sys_stash (&x);
  return sys_get (&x);
}

int
get_local (void)
{
  int y = 2;
  return sys_get (&y);
}

int *
dup_param (const int *p, int *q)	/* { dg-message "p does not escape" } */
/* { dg-message "leaking param: q" "" { target *-*-* } 22 } */
{
  sys_stash (q);
  return sys_dup (p);
}
