/* Under -fno-builtin, in a hosted environment, the C library functions keep their meaning: allocation functions are allocation sites, free is not an escape, and the table functions do not keep their arguments.  */
/* { dg-options "-fno-builtin -fplugin-arg-escape-m" } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int *keep;

int *
make (size_t n)
{
  return malloc (n * sizeof (int));	/* { dg-message "malloc\\(\\.\\.\\.\\) escapes to heap" } */
}

int
scratch (int v)
{
  int *p = calloc (4, sizeof *p);	/* { dg-message "calloc\\(4, 4\\) escapes to heap" } */
  p[0] = v;
  int *q = realloc (p, 32);		/* { dg-message "realloc\\(p, 32\\) does not escape" } */
  int r = q[0];
  free (q);
  return r;
}

void
keep_copy (const char *s)		/* { dg-message "s does not escape" } */
{
  keep = (int *) strdup (s);		/* { dg-message "strdup\\(s\\) escapes to heap" } */
}

void
release (void *p)			/* { dg-message "p does not escape" } */
{
  free (p);
}

int
report (FILE *f,			/* { dg-message "f does not escape" } */
	const char *name,		/* { dg-message "name does not escape" } */
	const char *other)		/* { dg-message "other does not escape" } */
{
  char buf[32];
  snprintf (buf, sizeof buf, "%s", name);
  printf ("%s %p\n", name, (void *) f);
  fprintf (f, "%s\n", buf);
  puts (other);
  return (int) strlen (name) + strcmp (name, other) + atoi (other);
}

/* { dg-final { escape-same-code-without-m } } */
