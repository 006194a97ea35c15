/* After inlining: a block allocated through a static inline wrapper and a
   constructor, and released by a destructor, moves to the stack in the caller
   where it does not escape; the same constructor's block stays on the heap where
   it is kept in a global.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m" } */
/* { dg-escape-late } */
/* { dg-escape-gcc-min 12 "no pass after inlining under GCC 11 (plugin/gcc-compat.h)" } */
#include <stdlib.h>

static inline void *
xmalloc (size_t n)
{
  void *p = malloc (n);	/* { dg-message "malloc\\(n\\) escapes to heap" } */
  if (!p)
    abort ();
  return p;
}

struct vec { int *data; long len; };

static inline struct vec *
vec_new (long n)
{
  struct vec *v = xmalloc (sizeof *v);	/* { dg-message "moved to stack: malloc\\(16\\) \\(inlined from xmalloc at \\S*late-wrapper\\.c:14, in sum\\)" } */
  v->data = xmalloc (n * sizeof (int));	/* { dg-message "moved to stack: malloc\\(32\\) \\(inlined from xmalloc at \\S*late-wrapper\\.c:14, in sum\\)" } */
  v->len = n;
  return v;
}

static inline void
vec_free (struct vec *v)	/* { dg-message "v does not escape" } */
{
  free (v->data);
  free (v);
}

long
sum (long n)
{
  struct vec *v = vec_new (8);
  for (long i = 0; i < v->len; i++)
    v->data[i] = i * n;
  long s = 0;
  for (long i = 0; i < v->len; i++)
    s += v->data[i];
  vec_free (v);
  return s;
}

struct vec *kept;

void
keep (long n)
{
  kept = vec_new (n);
}

int
main (void)
{
  keep (4);
  kept->data[3] = 7;
  if (sum (3) != 84 || kept->data[3] != 7)
    abort ();
  vec_free (kept);
  return 0;
}
