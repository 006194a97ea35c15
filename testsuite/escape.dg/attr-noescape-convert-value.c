/* A function pointer value whose type lacks a promise of the type it is
   converted to is an error at once: the promise cannot be checked for every
   function it may point to.  So through a cast to void * or an integer and
   back, a pointer to such a pointer, a weaker promise, and a promise added on
   what a function type returns or, the other way round, on a function pointer
   it takes.  */
/* { dg-options "" } */

typedef void sink_fn (char *) __attribute__ ((noescape (1)));
typedef void shallow_fn (char *) __attribute__ ((noescape_shallow (1)));
typedef sink_fn *getter_fn (void);
typedef void plain_walk_fn (void (*) (char *));
void take (sink_fn *);

void (*plain) (char *);
shallow_fn *shallow;

void (*get_plain (void)) (char *)
{
  return plain;
}

void
walk (sink_fn *f)
{
  f (0);
}

void
values (int c, void (*param) (char *))
{
  sink_fn *f = plain;	/* { dg-error "conversion from .void \\(\\*\\)\\(char \\*\\). to .sink_fn \\*. adds a .noescape. promise that cannot be checked" } */
  take (param);	/* { dg-error "conversion from .void \\(\\*\\)\\(char \\*\\). to .sink_fn \\*. adds a .noescape. promise that cannot be checked" } */
  f = (sink_fn *) (void *) plain;	/* { dg-error "conversion from .void \\(\\*\\)\\(char \\*\\). to .sink_fn \\*. adds a .noescape. promise that cannot be checked" } */
  f = (sink_fn *) (__UINTPTR_TYPE__) plain;	/* { dg-error "conversion from .void \\(\\*\\)\\(char \\*\\). to .sink_fn \\*. adds a .noescape. promise that cannot be checked" } */
  f = c ? f : plain;	/* { dg-error "conversion from .void \\(\\*\\)\\(char \\*\\). to .sink_fn \\*. adds a .noescape. promise that cannot be checked" } */
  f = shallow;	/* { dg-error "conversion from .shallow_fn \\*. to .sink_fn \\*. adds a .noescape. promise that cannot be checked" } */
  sink_fn **pp = &plain;	/* { dg-error "conversion from .void \\(\\*\\*\\)\\(char \\*\\). to .sink_fn \\*\\*. adds a .noescape. promise that cannot be checked" } */
  getter_fn *g = get_plain;	/* { dg-error "conversion from .void \\(\\* \\(\\*\\)\\(void\\)\\)\\(char \\*\\). to .getter_fn \\*. adds a .noescape. promise that cannot be checked" } */
  plain_walk_fn *w = walk;	/* { dg-error "conversion from .void \\(\\*\\)\\(void \\(\\*\\)\\(char \\*\\)\\). to .plain_walk_fn \\*. adds a .noescape. promise that cannot be checked" } */
  f (0);
  (*pp) (0);
  g () (0);
  w (plain);
}
