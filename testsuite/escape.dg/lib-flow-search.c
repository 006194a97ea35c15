/* -m=2 explains flows through library functions returning or storing a pointer into their argument: strchr, fgets, strtol's endptr.  */
/* { dg-options "-fplugin-arg-escape-m=2" } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *found;

void
keep_slash (const char *path)
{
  const char *q = strchr (path, '/');
  found = q;
}

char *
read_line (char *buf,
	   FILE *f)			/* { dg-message "f does not escape" } */
{
  char *r = fgets (buf, 80, f);
  return r;
}

long
parse_keep_rest (const char *s)
{
  char *end;
  long v = strtol (s, &end, 10);
  found = end;
  return v;
}

/* { dg-message "leaking param: path" "" { target *-*-* } 11 } */
/* { dg-message "  flow: q = path:" "" { target *-*-* } 11 } */
/* { dg-message "    from q = strchr\\(path, 47\\) \\(call result\\) at \[^ \]*lib-flow-search.c:13:\[0-9\]+" "" { target *-*-* } 11 } */
/* { dg-message "  flow: \\{heap\\} = q:" "" { target *-*-* } 11 } */
/* { dg-message "    from found = q \\(assign\\) at \[^ \]*lib-flow-search.c:14:\[0-9\]+" "" { target *-*-* } 11 } */

/* { dg-message "leaking param: buf to result ~r0 level=0" "" { target *-*-* } 18 } */
/* { dg-message "  flow: r = buf:" "" { target *-*-* } 18 } */
/* { dg-message "    from r = fgets\\(buf, 80, f\\) \\(call result\\) at \[^ \]*lib-flow-search.c:21:\[0-9\]+" "" { target *-*-* } 18 } */
/* { dg-message "  flow: ~r0 = r:" "" { target *-*-* } 18 } */
/* { dg-message "    from return r \\(return\\) at \[^ \]*lib-flow-search.c:22:\[0-9\]+" "" { target *-*-* } 18 } */

/* { dg-message "leaking param: s" "" { target *-*-* } 26 } */
/* { dg-message "  flow: end = s:" "" { target *-*-* } 26 } */
/* { dg-message "    from strtol\\(s, &end, 10\\) \\(call argument\\) at \[^ \]*lib-flow-search.c:29:\[0-9\]+" "" { target *-*-* } 26 } */
/* { dg-message "  flow: \\{heap\\} = end:" "" { target *-*-* } 26 } */
/* { dg-message "    from found = end \\(assign\\) at \[^ \]*lib-flow-search.c:30:\[0-9\]+" "" { target *-*-* } 26 } */

/* { dg-final { escape-same-code-without-m } } */
