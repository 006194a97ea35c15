/* strcpy and strncpy write characters only: neither argument escapes, the source's contents do not flow, and the destination is returned.  */
/* { dg-options "-fplugin-arg-escape-m" } */

#include <stdlib.h>
#include <string.h>

char *kept;

void
copy (char *d,				/* { dg-message "d does not escape" } */
      const char *s)			/* { dg-message "s does not escape" } */
{
  strcpy (d, s);
}

char *
copy_return (char *d,			/* { dg-message "leaking param: d to result ~r0 level=0" } */
	     const char *s)		/* { dg-message "s does not escape" } */
{
  return strcpy (d, s);
}

void
copy_keep (char *d,			/* { dg-message "leaking param: d" } */
	   const char *s)		/* { dg-message "s does not escape" } */
{
  kept = strncpy (d, s, 8);
}

char *
ncopy_return (char *d,			/* { dg-message "leaking param: d to result ~r0 level=0" } */
	      const char *s,		/* { dg-message "s does not escape" } */
	      size_t n)
{
  return strncpy (d, s, n);
}

char *
dup_string (const char *s)		/* { dg-message "s does not escape" } */
{
  char *p = malloc (strlen (s) + 1);	/* { dg-message "malloc\\(\\.\\.\\.\\) escapes to heap" } */
  strcpy (p, s);
  return p;
}

void
local_buffer_kept (void)
{
  char buf[16];				/* { dg-message "&buf escapes to heap" } */
  kept = strcpy (buf, "abc");
}

int
local_buffer (const char *s)		/* { dg-message "s does not escape" } */
{
  char buf[16];
  strncpy (buf, s, sizeof buf);
  return buf[0];
}

/* { dg-final { escape-same-code-without-m } } */
