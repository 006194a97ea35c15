/* __builtin_malloc and the other __builtin_ allocation functions are allocation sites, named as written.  */
/* { dg-options "-fplugin-arg-escape-m" } */

void *kept;

void *
fresh (unsigned long n)
{
  return __builtin_malloc (n);		/* { dg-message "__builtin_malloc\\(n\\) escapes to heap" } */
}

void
keep_zeroed (void)
{
  kept = __builtin_calloc (4, 8);	/* { dg-message "__builtin_calloc\\(4, 8\\) escapes to heap" } */
}

int
temporary (int v)
{
  int *p = __builtin_malloc (sizeof (int));	/* { dg-message "__builtin_malloc\\(4\\) does not escape" } */
  *p = v;
  int r = *p;
  __builtin_free (p);
  return r;
}

void
regrow (void *p,			/* { dg-message "leaking param: p" } */
	unsigned long n)
{
  void *q = __builtin_realloc (p, n);	/* { dg-message "__builtin_realloc\\(p, n\\) does not escape" } */
  __builtin_free (q);
}

int
dup_len (const char *s)			/* { dg-message "s does not escape" } */
{
  char *c = __builtin_strdup (s);	/* { dg-message "__builtin_strdup\\(s\\) does not escape" } */
  int r = c[0];
  __builtin_free (c);
  return r;
}

char *
dup_prefix (const char *s)		/* { dg-message "s does not escape" } */
{
  return __builtin_strndup (s, 3);	/* { dg-message "__builtin_strndup\\(s, 3\\) escapes to heap" } */
}

/* { dg-final { escape-same-code-without-m } } */
