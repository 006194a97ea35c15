/* A function converted to a pointer type whose function type promises noescape
   must keep the promise, as a definition that declares it must, without any
   plugin option: a call through the pointer trusts it.  keep stores its
   parameter in a global, so each conversion of its address in a function body
   (assignment, argument, return, cast, an arm of a conditional, a local
   initializer) is an error at the conversion, followed by the path that breaks
   the promise; so is one of a function defined further down.  */
/* { dg-options "" } */
#include <stdlib.h>

typedef void sink_fn (char *) __attribute__ ((noescape (1)));
void take (sink_fn *);
void run (sink_fn *, char *);

static char *kept;

void
keep (char *p)
{
  kept = p;
}

void
fine (char *p)
{
  p[0] = 0;
}

void later (char *p);

sink_fn *
forms (int c, char *b)
{
  sink_fn *f;
  f = keep;	/* { dg-error ".keep. converted to .sink_fn \\*., whose parameter 1 is declared .noescape., but parameter .p. of .keep. escapes to heap" } */
  /* { dg-message "  flow: \\{heap\\} = p:" "" { target *-*-* } 35 } */
  /* { dg-message "    from kept = p \\(assign\\) at \\S*attr-noescape-convert\\.c:20:8" "" { target *-*-* } 35 } */
  take (keep);	/* { dg-error ".keep. converted to .sink_fn \\*., whose parameter 1 is declared .noescape., but parameter .p. of .keep. escapes to heap" } */
  /* { dg-message "  flow: \\{heap\\} = p:" "" { target *-*-* } 38 } */
  /* { dg-message "    from kept = p \\(assign\\) at \\S*:20:8" "" { target *-*-* } 38 } */
  run ((sink_fn *) keep, b);	/* { dg-error ".keep. converted to .sink_fn \\*., whose parameter 1 is declared .noescape., but parameter .p. of .keep. escapes to heap" } */
  /* { dg-message "  flow: \\{heap\\} = p:" "" { target *-*-* } 41 } */
  /* { dg-message "    from kept = p \\(assign\\) at \\S*:20:8" "" { target *-*-* } 41 } */
  f = c ? fine : keep;	/* { dg-error ".keep. converted to .sink_fn \\*., whose parameter 1 is declared .noescape., but parameter .p. of .keep. escapes to heap" } */
  /* { dg-message "  flow: \\{heap\\} = p:" "" { target *-*-* } 44 } */
  /* { dg-message "    from kept = p \\(assign\\) at \\S*:20:8" "" { target *-*-* } 44 } */
  sink_fn *g = later;	/* { dg-error ".later. converted to .sink_fn \\*., whose parameter 1 is declared .noescape., but parameter .q. of .later. is freed" } */
  /* { dg-message "  flow: \\{free\\} = q:" "" { target *-*-* } 47 } */
  /* { dg-message "    from free\\(q\\) \\(call argument\\) at \\S*:60:3" "" { target *-*-* } 47 } */
  f (b);
  g (b);
  return keep;	/* { dg-error ".keep. converted to .sink_fn \\*., whose parameter 1 is declared .noescape., but parameter .p. of .keep. escapes to heap" } */
  /* { dg-message "  flow: \\{heap\\} = p:" "" { target *-*-* } 52 } */
  /* { dg-message "    from kept = p \\(assign\\) at \\S*:20:8" "" { target *-*-* } 52 } */
}

void
later (char *q)
{
  free (q);
}
