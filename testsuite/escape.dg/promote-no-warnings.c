/* Promotion adds no warnings under -Wall -Wextra: no -Wfree-nonheap-object from a
   free left behind or guarded, none from the code it inserts.  */
/* { dg-options "-Wall -Wextra -fplugin-arg-escape-promote -fplugin-arg-escape-m" } */

#include <stdlib.h>
#include <string.h>

struct pair { int *a; int *b; };

int
constant (int v)
{
  int *p = malloc (sizeof *p);	/* { dg-message "moved to stack: malloc\\(4\\)" } */
  if (!p)
    return -1;
  *p = v;
  int r = *p;
  free (p);
  return r;
}

int
variable (size_t n)
{
  char *buf = malloc (n);	/* { dg-message "moved to stack: malloc\\(n\\)" } */
  if (!buf)
    return -1;
  memset (buf, 'x', n);
  int r = n ? buf[n - 1] : 0;
  free (buf);
  return r;
}

int
merged (int c)
{
  int *a = malloc (8);		/* { dg-message "moved to stack: malloc\\(8\\)" } */
  int *b = calloc (2, 4);	/* { dg-message "moved to stack: calloc\\(2, 4\\)" } */
  int *p = c ? a : b;
  if (!a || !b)
    return -1;
  p[0] = c;
  int r = p[0] + p[1];
  free (c ? b : a);
  free (p);
  return r;
}

int
string (const char *s)		/* { dg-message "s does not escape" } */
{
  char *d = strdup (s);		/* { dg-message "moved to stack: strdup\\(s\\)" } */
  char *e = strndup (s, 3);	/* { dg-message "moved to stack: strndup\\(s, 3\\)" } */
  if (!d || !e)
    return -1;
  int r = (int) strlen (d) + (int) strlen (e);
  free (d);
  free (e);
  return r;
}
