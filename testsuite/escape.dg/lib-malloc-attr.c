/* Functions declared __attribute__((malloc)), defined in this file or external, are allocation sites at their call sites.  */
/* { dg-options "-fplugin-arg-escape-m" } */

#include <stdlib.h>
#include <string.h>

__attribute__ ((malloc)) void *xmalloc (size_t);	/* external */
__attribute__ ((malloc)) char *xstrdup_ext (const char *);	/* external */

__attribute__ ((malloc)) void *
my_alloc (size_t n)
{
  void *p = malloc (n);			/* { dg-message "malloc\\(n\\) escapes to heap" } */
  if (!p)
    abort ();
  return p;
}

__attribute__ ((malloc)) char *
my_strdup (const char *s)		/* { dg-message "s does not escape" } */
{
  char *p = my_alloc (strlen (s) + 1);	/* { dg-message "my_alloc\\(\\.\\.\\.\\) escapes to heap" } */
  strcpy (p, s);
  return p;
}

void *g;

int
local_use (int v)
{
  int *p = my_alloc (sizeof (int));	/* { dg-message "my_alloc\\(4\\) does not escape" } */
  *p = v;
  int r = *p;
  free (p);
  return r;
}

void
global_use (void)
{
  g = my_alloc (10);			/* { dg-message "my_alloc\\(10\\) escapes to heap" } */
}

size_t
dup_local (const char *s)		/* { dg-message "s does not escape" } */
{
  char *c = my_strdup (s);		/* { dg-message "my_strdup\\(s\\) does not escape" } */
  size_t n = strlen (c);
  free (c);
  return n;
}

/* Only what the argument points to leaks through the allocator (it is copied
   into the returned block, which escapes); the caller's pointer does not.  */
struct item { char *name; };

__attribute__ ((malloc)) struct item *
wrap (const struct item *src)		/* { dg-message "leaking param content: src" } */
{
  struct item *it = malloc (sizeof *it);	/* { dg-message "malloc\\(8\\) escapes to heap" } */
  it->name = src->name;
  return it;
}

void
wrap_and_drop (struct item *x)		/* { dg-message "leaking param content: x" } */
{
  struct item *w = wrap (x);		/* { dg-message "wrap\\(x\\) does not escape" } */
  free (w);
}

int
external_local (void)
{
  int *p = xmalloc (8);			/* { dg-message "xmalloc\\(8\\) does not escape" } */
  p[0] = 1;
  int r = p[0];
  free (p);
  return r;
}

void *
external_returned (size_t n)
{
  return xmalloc (n);			/* { dg-message "xmalloc\\(n\\) escapes to heap" } */
}

/* Nothing is known about what the external function does with its argument.  */
int
external_with_pointer_arg (const char *s)	/* { dg-message "leaking param: s" } */
{
  char *c = xstrdup_ext (s);		/* { dg-message "xstrdup_ext\\(s\\) does not escape" } */
  int r = c[0];
  free (c);
  return r;
}

/* { dg-final { escape-same-code-without-m } } */
