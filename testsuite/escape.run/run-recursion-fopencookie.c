/* fread on a stream fopencookie made runs the stream's read function, here
   one that calls nest, which freads from the next such stream: a recursion
   2000 deep that the call graph does not show, with a 16000-byte block in each
   nest (max-size raised: AddressSanitizer's fread takes about 2 KB of stack a
   level).  The file registers stream functions, so fread may call back: nest,
   reached from the read function (its address is taken), keeps its block on
   the heap (32 MB of stack otherwise).  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-max-size=16000 -fplugin-arg-escape-m=2" } */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>

#define DEPTH 2000
#define SIZE 16000

static FILE *streams[DEPTH + 1];
static long total;
static int failed;

static int
nest (int n)
{
  volatile char *p = malloc (SIZE);	/* { dg-message "malloc\\(16000\\) does not escape" } */
  /* { dg-message "  not moved to stack: recursive frame budget exhausted \\(0 \\+ 16000 > 0\\); it may be called again through fread" "" { target *-*-* } 24 } */
  if (!p)
    return failed = 1;
  p[0] = (char) n;
  p[SIZE - 1] = (char) (n >> 8);
  if (n > 0)
    {
      char byte;
      failed |= fread (&byte, 1, 1, streams[n]) != 1 || byte != (char) n;
    }
  failed |= p[0] != (char) n || p[SIZE - 1] != (char) (n >> 8);
  total += n;
  free ((void *) p);
  return n;
}

static ssize_t
read_level (void *cookie, char *buf, size_t size)	/* { dg-message "cookie does not escape" } */
/* { dg-message "buf does not escape" "" { target *-*-* } 42 } */
{
  int n = (int) (long) cookie;
  buf[0] = (char) (nest (n - 1) + 1);
  return 1;
}

int
main (void)
{
  cookie_io_functions_t io = { read_level, NULL, NULL, NULL };
  for (int n = 1; n <= DEPTH; n++)
    {
      streams[n] = fopencookie ((void *) (long) n, "r", io);	/* { dg-message "fopencookie\\(n, \\.\\.\\., io\\) escapes to heap" } */
      /* { dg-message "  flow: \\{heap\\} = &fopencookie\\(n, \\.\\.\\., io\\):" "" { target *-*-* } 56 } */
      /* { dg-message "    from fopencookie\\(n, \"\\.\\.\\.\", io\\) \\(call result\\) at \\S*:56:20" "" { target *-*-* } 56 } */
      /* { dg-message "    from streams\\\[n\\\] = fopencookie\\(n, \\.\\.\\., io\\) \\(assign\\) at \\S*:56:18" "" { target *-*-* } 56 } */
      if (!streams[n] || setvbuf (streams[n], NULL, _IONBF, 0))
	abort ();
    }
  nest (DEPTH);
  for (int n = 1; n <= DEPTH; n++)
    fclose (streams[n]);
  return failed || total != (long) DEPTH * (DEPTH + 1) / 2;
}
