/* calloc blocks moved to the stack are zeroed every time, also when the storage is reused
   by the next loop iteration.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m" } */
#include <stdlib.h>

static int
all_zero (const unsigned char *p, size_t n)	/* { dg-message "p does not escape" } */
{
  for (size_t i = 0; i < n; i++)
    if (p[i])
      return 0;
  return 1;
}

static void
const_loop (int iters)
{
  for (int i = 0; i < iters; i++)
    {
      int *p = calloc (64, sizeof (int));	/* { dg-message "moved to stack: calloc\\(64, 4\\)" } */
      if (!p || !all_zero ((unsigned char *) p, 256))
	abort ();
      for (int j = 0; j < 64; j++)
	p[j] = i + j + 1;
      free (p);
    }
}

static void
var_loop (int iters)
{
  for (int i = 0; i < iters; i++)
    {
      size_t n = 1 + (size_t) (i * 37) % 1000;
      unsigned char *p = calloc (n, 4);	/* { dg-message "moved to stack: calloc\\(n, 4\\)" } */
      if (!p || !all_zero (p, n * 4))
	abort ();
      for (size_t j = 0; j < n * 4; j++)
	p[j] = 0xff;
      free (p);
    }
}

struct rec { int a; char *name; double d[3]; };

static int
struct_zero (int v)
{
  struct rec *r = calloc (1, sizeof *r);	/* { dg-message "moved to stack: calloc\\(1, 40\\)" } */
  int ok = r->a == 0 && r->name == 0 && r->d[0] == 0 && r->d[2] == 0;
  r->a = v;
  r->d[1] = v;
  ok = ok && r->a + r->d[1] == 2 * v;
  free (r);
  return ok;
}

int
main (void)
{
  const_loop (10000);
  var_loop (10000);
  for (int i = 0; i < 100; i++)
    if (!struct_zero (i))
      abort ();
  return 0;
}
