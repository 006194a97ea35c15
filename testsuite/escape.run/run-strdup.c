/* strdup/strndup of literals and strdup of runtime strings moved to the stack copy
   correctly, including strndup's truncation and terminating NUL.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m" } */
#include <stdlib.h>
#include <string.h>
#include <stdio.h>

static int
literals (void)
{
  char abc[128] = "abc";
  char *a = strdup ("hello");	/* { dg-message "moved to stack: strdup\\(\\.\\.\\.\\)" } */
  char *b = strndup ("hello world", 5);	/* { dg-message "moved to stack: strndup\\(\\.\\.\\., 5\\)" } */
  char *c = strndup (abc, 100);	/* { dg-message "moved to stack: strndup\\(abc, 100\\)" } */
  char *d = strdup ("");	/* { dg-message "moved to stack: strdup\\(\\.\\.\\.\\)" } */
  char *e = strndup ("xyz", 0);	/* { dg-message "moved to stack: strndup\\(\\.\\.\\., 0\\)" } */
  int ok = strcmp (a, "hello") == 0 && strcmp (b, "hello") == 0 && strlen (b) == 5
	   && strcmp (c, "abc") == 0 && d[0] == 0 && e[0] == 0;
  a[0] = 'J';
  ok = ok && strcmp (a, "Jello") == 0 && strcmp ("hello", "hello") == 0;
  free (a);
  free (b);
  free (c);
  free (d);
  free (e);
  return ok;
}

static int
runtime (int n)
{
  char buf[64];
  snprintf (buf, sizeof buf, "value=%d;tail", n);
  const char *src = buf;
  char *a = strdup (src);	/* { dg-message "moved to stack: strdup\\(src\\)" } */
  char *c = strndup (src, 8);	/* { dg-message "moved to stack: strndup\\(src, 8\\)" } */
  buf[0] = '#';
  int ok = a[0] == 'v' && strcmp (a + 1, buf + 1) == 0;
  ok = ok && strlen (c) == 8 && memcmp (c, "value=", 6) == 0;
  free (c);
  free (a);
  return ok;
}

static int
long_runtime (size_t len)
{
  char *src = malloc (len + 1);	/* { dg-message "moved to stack: malloc\\(\\.\\.\\.\\)" } */
  for (size_t i = 0; i < len; i++)
    src[i] = 'a' + (char) (i % 26);
  src[len] = 0;
  const char *s = src;
  char *d = strdup (s);	/* { dg-message "moved to stack: strdup\\(s\\)" } */
  int ok = strlen (d) == len && strcmp (d, src) == 0 ;
  free (d);
  free (src);
  return ok;
}

int
main (void)
{
  if (!literals ())
    abort ();
  for (int i = -50; i < 5000; i++)
    if (!runtime (i))
      abort ();
  static const size_t lens[] = { 1, 2, 100, 4094, 4095, 4096, 4097, 10000, 1 << 20 };
  for (unsigned i = 0; i < sizeof lens / sizeof lens[0]; i++)
    if (!long_runtime (lens[i]))
      abort ();
  return 0;
}
