/* GCC 11+ deallocator attributes: a FILE opened and closed with fclose (glibc
   declares fopen __attribute__ ((malloc (fclose, 1)))) does not escape, read with
   stdio functions on the way; returned, it escapes.  A malloc'd block handed to a
   function declared the deallocator of another allocator is freed there: it does
   not escape, and stays on the heap.  */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m=2" } */
#include <stdio.h>
#include <stdlib.h>

long
count_lines (const char *path)	/* { dg-message "path does not escape" } */
{
  FILE *f = fopen (path, "r");	/* { dg-message "fopen\\(path, \\.\\.\\.\\) does not escape" } */
  /* { dg-message "  not moved to stack: not a C library allocator" "" { target *-*-* } 13 } */
  if (!f)
    return -1;
  long n = 0;
  int c;
  while ((c = fgetc (f)) != EOF)
    n += c == '\n';
  if (ferror (f))
    n = -1;
  fclose (f);
  return n;
}

FILE *
opened (const char *path)	/* { dg-message "path does not escape" } */
{
  return fopen (path, "r");	/* { dg-message "fopen\\(path, \\.\\.\\.\\) escapes to heap" } */
  /* { dg-message "  flow: ~r0 = &fopen\\(path, \\.\\.\\.\\):" "" { target *-*-* } 30 } */
  /* { dg-message "    from fopen\\(path, \"\\.\\.\\.\"\\) \\(call result\\) at \\S*c-dealloc-attr\\.c:30:10" "" { target *-*-* } 30 } */
  /* { dg-message "    from return fopen\\(path, \\.\\.\\.\\) \\(return\\) at \\S*c-dealloc-attr\\.c:30:10" "" { target *-*-* } 30 } */
}

void release (int how, void *p);
void *acquire (size_t) __attribute__ ((malloc (release, 2)));

int
handed_to_deallocator (void)
{
  char *p = malloc (16);	/* { dg-message "malloc\\(16\\) does not escape" } */
  /* { dg-message "  not moved to stack: freed in callee release" "" { target *-*-* } 42 } */
  p[0] = 1;
  release (0, p);
  return 0;
}
