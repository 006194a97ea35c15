/* _FORTIFY_SOURCE=3: __builtin_dynamic_object_size of a promoted block is the size the
   program asked for, on the stack path of a variable size (not the max-size of a slot),
   in a loop, for calloc's n * size, and for a constant size, so the checking string
   functions abort on the same overflow the heap build aborts on.  */
/* escape-hard-levels: -O1 -O2 (_FORTIFY_SOURCE checks nothing at -O0) */
/* { dg-options "-D_FORTIFY_SOURCE=3 -fplugin-arg-escape-promote -fplugin-arg-escape-m" } */
/* { dg-escape-gcc-min 12 "_FORTIFY_SOURCE=3 needs __builtin_dynamic_object_size, GCC 12" } */
/* { dg-final { escape-both-detect "malloc" "buffer overflow detected" "buffer overflow detected" } } */
/* { dg-final { escape-both-detect "loop" "buffer overflow detected" "buffer overflow detected" } } */
/* { dg-final { escape-both-detect "calloc" "buffer overflow detected" "buffer overflow detected" } } */
/* { dg-final { escape-both-detect "constant" "buffer overflow detected" "buffer overflow detected" } } */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *text;

__attribute__ ((noipa)) static int
copy (size_t n)
{
  char *p = malloc (n);		/* { dg-message "moved to stack: malloc\\(n\\)" } */
  if (!p)
    return -1;
  strcpy (p, text);
  int r = p[0];
  free (p);
  return r;
}

__attribute__ ((noipa)) static int
copy_in_loop (size_t n)
{
  int r = 0;
  for (size_t i = 1; i <= n; i++)
    {
      char *p = malloc (i);	/* { dg-message "moved to stack: malloc\\(i\\)" } */
      if (!p)
	return -1;
      strncpy (p, text, i == n ? strlen (text) + 1 : i);
      r += p[0];
      free (p);
    }
  return r;
}

__attribute__ ((noipa)) static int
copy_calloc (size_t n)
{
  char *p = calloc (n, 2);	/* { dg-message "moved to stack: calloc\\(n, 2\\)" } */
  if (!p)
    return -1;
  strcpy (p, text);
  int r = p[0];
  free (p);
  return r;
}

__attribute__ ((noipa)) static int
copy_constant (void)
{
  char *p = malloc (8);		/* { dg-message "moved to stack: malloc\\(8\\)" } */
  if (!p)
    return -1;
  strcpy (p, text);
  int r = p[0];
  free (p);
  return r;
}

int
main (int argc, char **argv)	/* { dg-message "argv does not escape" } */
{
  if (argc != 3)
    return 2;
  int bad = !strcmp (argv[1], "bad");
  text = bad ? "0123456789abcdefghij" : "0123456";
  int r;
  if (!strcmp (argv[2], "malloc"))
    r = copy (8);
  else if (!strcmp (argv[2], "loop"))
    r = copy_in_loop (8);
  else if (!strcmp (argv[2], "calloc"))
    r = copy_calloc (4);
  else
    r = copy_constant ();
  printf ("%d\n", r);
  return 0;
}
