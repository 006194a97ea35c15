/* Misuse of the noescape attributes is an error that says what is wrong.  */
/* { dg-options "" } */

void a1 (int x) __attribute__ ((noescape));	/* { dg-error ".noescape. attribute on a function without pointer parameters" } */
void a2 (char *p, int n) __attribute__ ((noescape (2)));	/* { dg-error ".noescape. attribute argument 1 value .2. names a parameter of type .int., not a pointer" } */
void a3 (char *p) __attribute__ ((noescape_shallow (3)));	/* { dg-error ".noescape_shallow. attribute argument 1 value .3. does not name a parameter of the function" } */
void a4 (char *p) __attribute__ ((noescape (0)));	/* { dg-error "argument 1 value .0. does not name a parameter" } */
void a5 (char *p) __attribute__ ((noescape (-1)));	/* { dg-error "argument 1 value .-1. does not name a parameter" } */
void a6 (char *p, char *q) __attribute__ ((noescape (1, 3)));	/* { dg-error "argument 2 value .3. does not name a parameter" } */
int k;
void a7 (char *p) __attribute__ ((noescape (k)));	/* { dg-error ".noescape. attribute argument 1 is not an integer constant" } */
void a8 (char *p) __attribute__ ((noescape ("1")));	/* { dg-error ".noescape. attribute argument 1 is not an integer constant" } */
void a9 () __attribute__ ((noescape));	/* { dg-error ".noescape. attribute needs a function declared with a prototype" } */
int v __attribute__ ((noescape));	/* { dg-error ".noescape. attribute applies only to functions" } */
void (*fp) (char *) __attribute__ ((noescape (1)));	/* { dg-error ".noescape. attribute applies only to functions" } */

/* Not misuse: a constant expression, empty parentheses, a typedef of a function
   type, a variadic function's named pointer parameter.  */
void b1 (char *p, char *q) __attribute__ ((noescape (1 + 1)));
void b2 (char *p) __attribute__ ((noescape ()));
typedef void b3 (char *) __attribute__ ((noescape (1)));
int b4 (const char *fmt, ...) __attribute__ ((noescape (1)));
