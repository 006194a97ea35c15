/* A file that makes a custom stream with fopencookie and registers a printf
   conversion: the stream functions (fread, and exit, which flushes every
   stream) may run the stream's functions, the printf family (snprintf) the
   conversion, and either may call any public function of the file.  A public
   function that calls one of them is called again through it; one that
   raises a signal or forks (no signal or fork handler is registered) is not,
   and its block moves.  */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m=2" } */
#define _GNU_SOURCE
#include <printf.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

FILE *f;

static ssize_t
read_nothing (void *cookie, char *buf, size_t size)	/* { dg-message "cookie does not escape" } */
/* { dg-message "buf does not escape" "" { target *-*-* } 19 } */
{
  return 0;
}

static int
print_nothing (FILE *stream, const struct printf_info *info, const void *const *args)	/* { dg-message "stream does not escape" } */
/* { dg-message "info does not escape" "" { target *-*-* } 26 } */
/* { dg-message "args does not escape" "" { target *-*-* } 26 } */
{
  return 0;
}

static int
no_arguments (const struct printf_info *info, size_t n, int *argtypes, int *size)	/* { dg-message "info does not escape" } */
/* { dg-message "argtypes does not escape" "" { target *-*-* } 34 } */
/* { dg-message "size does not escape" "" { target *-*-* } 34 } */
{
  return 0;
}

void
install (void)
{
  static const cookie_io_functions_t io = { read_nothing, NULL, NULL, NULL };
  f = fopencookie (NULL, "r", io);	/* { dg-message "fopencookie\\(0, \\.\\.\\., io\\) escapes to heap" } */
  /* { dg-message "  flow: \\{heap\\} = &fopencookie\\(0, \\.\\.\\., io\\):" "" { target *-*-* } 45 } */
  /* { dg-message "    from fopencookie\\(0, \"\\.\\.\\.\", io\\) \\(call result\\) at \\S*:45:7" "" { target *-*-* } 45 } */
  /* { dg-message "    from f = fopencookie\\(0, \\.\\.\\., io\\) \\(assign\\) at \\S*:45:5" "" { target *-*-* } 45 } */
  register_printf_specifier ('N', print_nothing, no_arguments);
}

long
reads (void)
{
  char *p = calloc (1, 64);	/* { dg-message "calloc\\(1, 64\\) does not escape" } */
  /* { dg-message "  not moved to stack: recursive frame budget exhausted \\(0 \\+ 64 > 0\\); it may be called again through fread" "" { target *-*-* } 55 } */
  long r = fread (p, 1, 64, f);
  r += p[0];
  free (p);
  return r;
}

long
formats (long n)
{
  char *p = calloc (1, 64);	/* { dg-message "calloc\\(1, 64\\) does not escape" } */
  /* { dg-message "  not moved to stack: recursive frame budget exhausted \\(0 \\+ 64 > 0\\); it may be called again through snprintf" "" { target *-*-* } 66 } */
  long r = snprintf (p, 64, "%ld", n);
  r += p[0];
  free (p);
  return r;
}

void
exits (int status)
{
  char *p = calloc (1, 64);	/* { dg-message "calloc\\(1, 64\\) does not escape" } */
  /* { dg-message "  not moved to stack: recursive frame budget exhausted \\(0 \\+ 64 > 0\\); it may be called again through exit" "" { target *-*-* } 77 } */
  status += p[0];
  free (p);
  exit (status);
}

long
raises_and_forks (int sig)
{
  char *p = malloc (64);	/* { dg-message "moved to stack: malloc\\(64\\)" } */
  if (!p)
    return -1;
  p[0] = (char) raise (sig);
  long r = fork () + p[0];
  free (p);
  return r;
}
