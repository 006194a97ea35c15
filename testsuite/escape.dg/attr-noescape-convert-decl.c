/* A function whose body is not in the file cannot be checked here: converted
   to a pointer type with a promise its declaration does not make, it is an
   error.  Declaring the promise (before or after the conversion) makes it
   the concern of the file that defines the function, where the definition is
   checked; a noescape declaration covers a noescape_shallow type.  */
/* { dg-options "" } */

typedef void sink_fn (char *) __attribute__ ((noescape (1)));
typedef void shallow_fn (char *) __attribute__ ((noescape_shallow (1)));
typedef void pair_fn (char *, char *) __attribute__ ((noescape));

void elsewhere (char *);
void promised (char *) __attribute__ ((noescape (1)));
void promised_later (char *);
void shallow_only (char *) __attribute__ ((noescape_shallow (1)));
void second_only (char *, char *) __attribute__ ((noescape (2)));

sink_fn *a = elsewhere;	/* { dg-error ".elsewhere. converted to .sink_fn \\*., whose parameter 1 is declared .noescape., but .elsewhere. is not defined in this file and its declaration does not promise it" } */
sink_fn *b = promised;
shallow_fn *c = promised;
sink_fn *d = promised_later;
shallow_fn *e = shallow_only;
sink_fn *f = shallow_only;	/* { dg-error ".shallow_only. converted to .sink_fn \\*., whose parameter 1 is declared .noescape., but .shallow_only. is not defined in this file and its declaration does not promise it" } */
pair_fn *g = second_only;	/* { dg-error ".second_only. converted to .pair_fn \\*., whose parameter 1 is declared .noescape., but .second_only. is not defined in this file and its declaration does not promise it" } */

void promised_later (char *) __attribute__ ((noescape (1)));

void
use (char *p)
{
  sink_fn *h = elsewhere;	/* { dg-error ".elsewhere. converted to .sink_fn \\*., whose parameter 1 is declared .noescape., but .elsewhere. is not defined in this file and its declaration does not promise it" } */
  h (p);
}
