/* Initializers convert too: a function that breaks the promise of the pointer
   type it initializes is an error at the initializer, in a file-scope variable,
   a static or automatic local, a struct field (also designated), an array
   element, a compound literal, through a typedef of the pointer type and
   through the address operator.  A file-scope variable finished again by a
   later declaration is checked once.  */
/* { dg-options "" } */

typedef void sink_fn (char *) __attribute__ ((noescape (1)));
typedef sink_fn *sink_ptr;
struct ops { int n; sink_fn *f; };

void *g;

void
keep (char *p)
{
  g = p;
}

sink_fn *global = keep;	/* { dg-error ".keep. converted to .sink_fn \\*., whose parameter 1 is declared .noescape., but parameter .p. of .keep. escapes to heap" } */
/* { dg-message "  flow: \\{heap\\} = p:" "" { target *-*-* } 21 } */
/* { dg-message "    from g = p \\(assign\\) at \\S*attr-noescape-convert-init\\.c:18:5" "" { target *-*-* } 21 } */
extern sink_fn *global;
sink_ptr named = &keep;	/* { dg-error ".keep. converted to .sink_ptr., whose parameter 1 is declared .noescape., but parameter .p. of .keep. escapes to heap" } */
/* { dg-message "  flow: \\{heap\\} = p:" "" { target *-*-* } 25 } */
/* { dg-message "    from g = p \\(assign\\) at \\S*:18:5" "" { target *-*-* } 25 } */
struct ops field = { 1, keep };	/* { dg-error ".keep. converted to .sink_fn \\*., whose parameter 1 is declared .noescape., but parameter .p. of .keep. escapes to heap" } */
/* { dg-message "  flow: \\{heap\\} = p:" "" { target *-*-* } 28 } */
/* { dg-message "    from g = p \\(assign\\) at \\S*:18:5" "" { target *-*-* } 28 } */
struct ops designated = { .f = keep };	/* { dg-error ".keep. converted to .sink_fn \\*., whose parameter 1 is declared .noescape., but parameter .p. of .keep. escapes to heap" } */
/* { dg-message "  flow: \\{heap\\} = p:" "" { target *-*-* } 31 } */
/* { dg-message "    from g = p \\(assign\\) at \\S*:18:5" "" { target *-*-* } 31 } */
sink_fn *table[] = { 0, keep };	/* { dg-error ".keep. converted to .sink_fn \\*., whose parameter 1 is declared .noescape., but parameter .p. of .keep. escapes to heap" } */
/* { dg-message "  flow: \\{heap\\} = p:" "" { target *-*-* } 34 } */
/* { dg-message "    from g = p \\(assign\\) at \\S*:18:5" "" { target *-*-* } 34 } */
sink_fn **literal = (sink_fn *[]) { keep };	/* { dg-error ".keep. converted to .sink_fn \\*., whose parameter 1 is declared .noescape., but parameter .p. of .keep. escapes to heap" } */
/* { dg-message "  flow: \\{heap\\} = p:" "" { target *-*-* } 37 } */
/* { dg-message "    from g = p \\(assign\\) at \\S*:18:5" "" { target *-*-* } 37 } */

void
locals (char *b)
{
  static sink_fn *s = keep;	/* { dg-error ".keep. converted to .sink_fn \\*., whose parameter 1 is declared .noescape., but parameter .p. of .keep. escapes to heap" } */
  /* { dg-message "  flow: \\{heap\\} = p:" "" { target *-*-* } 44 } */
  /* { dg-message "    from g = p \\(assign\\) at \\S*:18:5" "" { target *-*-* } 44 } */
  sink_fn *a = keep;	/* { dg-error ".keep. converted to .sink_fn \\*., whose parameter 1 is declared .noescape., but parameter .p. of .keep. escapes to heap" } */
  /* { dg-message "  flow: \\{heap\\} = p:" "" { target *-*-* } 47 } */
  /* { dg-message "    from g = p \\(assign\\) at \\S*:18:5" "" { target *-*-* } 47 } */
  struct ops o = { 2, keep };	/* { dg-error ".keep. converted to .sink_fn \\*., whose parameter 1 is declared .noescape., but parameter .p. of .keep. escapes to heap" } */
  /* { dg-message "  flow: \\{heap\\} = p:" "" { target *-*-* } 50 } */
  /* { dg-message "    from g = p \\(assign\\) at \\S*:18:5" "" { target *-*-* } 50 } */
  struct ops *lit = &(struct ops) { 3, keep };	/* { dg-error ".keep. converted to .sink_fn \\*., whose parameter 1 is declared .noescape., but parameter .p. of .keep. escapes to heap" } */
  /* { dg-message "  flow: \\{heap\\} = p:" "" { target *-*-* } 53 } */
  /* { dg-message "    from g = p \\(assign\\) at \\S*:18:5" "" { target *-*-* } 53 } */
  s (b);
  a (b);
  o.f (b);
  lit->f (b);
}
