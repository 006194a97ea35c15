/* Conversions that keep every promise compile quietly: a function that keeps
   the promise without declaring it (defined before or after the conversion,
   reading and writing what its parameter points to), one that declares the
   same or a stronger promise, a conversion to a type without the promise or
   with a weaker one, a conversion that drops the promise, a function that
   takes a function pointer without a promise converted to a type whose
   parameter has one, and values that reach no function type where the target
   does (a void pointer such as dlsym's result, an integer): trusted.  */
/* { dg-options "" } */
#include <string.h>

typedef void sink_fn (char *) __attribute__ ((noescape (1)));
typedef void shallow_fn (char *) __attribute__ ((noescape_shallow (1)));
typedef void walk_fn (sink_fn *);
struct ops { sink_fn *sink; shallow_fn *shallow; void (*plain) (char *); };

static char *kept;
static size_t total;

void
count (char *p)
{
  total += strlen (p);
  p[0] = 0;
}

void declared (char *p) __attribute__ ((noescape (1)));
void
declared (char *p)
{
  total += p[0];
}

void
keep (char *p)
{
  kept = p;
}

void
walk_plain (void (*f) (char *))
{
  f (kept);
}

void later (char *p);

struct ops table = { count, declared, keep };
sink_fn *sinks[] = { count, declared, later };

sink_fn *
pick (int c, void *opaque, __UINTPTR_TYPE__ bits)
{
  sink_fn *f = c ? count : later;
  shallow_fn *s = f;
  void (*plain) (char *) = f;
  walk_fn *w = walk_plain;
  w (f);
  plain = keep;
  plain (0);
  s (0);
  f = (sink_fn *) opaque;
  f = (sink_fn *) bits;
  f = (sink_fn *) (void *) count;
  return c > 1 ? f : declared;
}

void
later (char *p)
{
  memset (p, 0, 4);
}
