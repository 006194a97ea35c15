/* A conversion asks of a function what the target type promises, as a
   declaration of it would: noescape_shallow the pointer only, noescape also
   what it points to (first returns what its parameter points to: it keeps
   noescape_shallow, not noescape).  A function that declares noescape_shallow
   and is converted to a noescape type must keep the stronger promise too.
   Returning, freeing and copying the parameter as bytes break either.  */
/* { dg-options "" } */
#include <stdio.h>
#include <stdlib.h>

typedef void *deep_fn (void **) __attribute__ ((noescape (1)));
typedef void *shallow_fn (void **) __attribute__ ((noescape_shallow (1)));
typedef void drop_fn (char *) __attribute__ ((noescape_shallow (1)));

char text[32];

void *
first (void **v)
{
  return v[0];
}

void *
self (void **v)
{
  return v;
}

void *declared (void **v) __attribute__ ((noescape_shallow (1)));
void *
declared (void **v)
{
  return *v;
}

void
drop (char *p)
{
  free (p);
}

void
show (char *p)
{
  snprintf (text, sizeof text, "%p", (void *) p);
}

shallow_fn *kept = first;
shallow_fn *kept_declared = declared;
deep_fn *deep = first;	/* { dg-error ".first. converted to .deep_fn \\*., whose parameter 1 is declared .noescape., but what parameter .v. of .first. points to is returned" } */
/* { dg-message "  flow: ~r0 = \\*v:" "" { target *-*-* } 50 } */
/* { dg-message "    from \\*v \\(load\\) at \\S*attr-noescape-convert-shallow\\.c:20:11" "" { target *-*-* } 50 } */
/* { dg-message "    from return \\*v \\(return\\) at \\S*:20:11" "" { target *-*-* } 50 } */
deep_fn *deep_declared = declared;	/* { dg-error ".declared. converted to .deep_fn \\*., whose parameter 1 is declared .noescape., but what parameter .v. of .declared. points to is returned" } */
/* { dg-message "  flow: ~r0 = \\*v:" "" { target *-*-* } 54 } */
/* { dg-message "    from \\*v \\(load\\) at \\S*:33:10" "" { target *-*-* } 54 } */
/* { dg-message "    from return \\*v \\(return\\) at \\S*:33:10" "" { target *-*-* } 54 } */
shallow_fn *returned = self;	/* { dg-error ".self. converted to .shallow_fn \\*., whose parameter 1 is declared .noescape_shallow., but parameter .v. of .self. is returned" } */
/* { dg-message "  flow: ~r0 = v:" "" { target *-*-* } 58 } */
/* { dg-message "    from return v \\(return\\) at \\S*:26:10" "" { target *-*-* } 58 } */
drop_fn *freed = drop;	/* { dg-error ".drop. converted to .drop_fn \\*., whose parameter 1 is declared .noescape_shallow., but parameter .p. of .drop. is freed" } */
/* { dg-message "  flow: \\{free\\} = p:" "" { target *-*-* } 61 } */
/* { dg-message "    from free\\(p\\) \\(call argument\\) at \\S*:39:3" "" { target *-*-* } 61 } */
drop_fn *copied = show;	/* { dg-error ".show. converted to .drop_fn \\*., whose parameter 1 is declared .noescape_shallow., but parameter .p. of .show. may be copied as bytes" } */
/* { dg-message "  flow: \\{bytes\\} = p:" "" { target *-*-* } 64 } */
/* { dg-message "    from snprintf\\(&text, 32, \"...\", p\\) \\(non-pointer copy\\) at \\S*:45:3" "" { target *-*-* } 64 } */
