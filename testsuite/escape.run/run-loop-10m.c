/* 10 million iterations of malloc(4096)/free move to the stack without growing it.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m" } */
#include <stdlib.h>
#include <stdint.h>

static uintptr_t lowest = UINTPTR_MAX, highest;

static void
note_sp (void)
{
  uintptr_t a = (uintptr_t) __builtin_frame_address (0);
  if (a < lowest)
    lowest = a;
  if (a > highest)
    highest = a;
}

static long
run (long n)
{
  long s = 0;
  for (long i = 0; i < n; i++)
    {
      unsigned char *b = malloc (4096);	/* { dg-message "moved to stack: malloc\\(4096\\)" } */
      if (!b)
	abort ();
      b[0] = (unsigned char) i;
      b[4095] = (unsigned char) (i >> 8);
      b[i & 4095] = 7;
      s += b[0] + b[4095] + b[i & 4095];
      free (b);
      if ((i & 0xfffff) == 0)
	note_sp ();
    }
  return s;
}

static long
run_ref (long n)
{
  long s = 0;
  for (long i = 0; i < n; i++)
    {
      long x0 = i & 255, x1 = (i >> 8) & 255, idx = i & 4095;
      if (idx == 0)
	x0 = 7;
      if (idx == 4095)
	x1 = 7;
      s += x0 + x1 + 7;
    }
  return s;
}

static long
run_var (long n)
{
  long s = 0;
  for (long i = 0; i < n; i++)
    {
      size_t sz = 1 + (size_t) (i % 4096);
      char *b = malloc (sz);	/* { dg-message "moved to stack: malloc\\(sz\\)" } */
      b[sz - 1] = 1;
      b[0] = 1;
      s += b[sz - 1] + b[0];
      free (b);
      if ((i & 0xfffff) == 0)
	note_sp ();
    }
  return s;
}

int
main (void)
{
  const long n = 10000000;
  if (run (n) != run_ref (n))
    abort ();
  if (run_var (n) != 2 * n)
    abort ();
  /* The frame of run does not grow between iterations.  */
  if (highest - lowest > 64 * 1024)
    abort ();
  return 0;
}
