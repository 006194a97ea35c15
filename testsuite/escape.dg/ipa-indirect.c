/* Calls through function pointers are unknown calls; direct calls and calls through an alias use the summary.  */
/* { dg-options "-fplugin-arg-escape-m" } */

static int
reader (const int *p)		/* { dg-message "p does not escape" } */
{
  return *p;
}

/* Another name for READER: the same body runs.  */
int reader_alias (const int *) __attribute__ ((alias ("reader")));

int (*volatile hook) (const int *) = reader;

int
call_direct (void)
{
  int a = 1;
  return reader (&a);
}

int
call_alias (void)
{
  int b = 2;
  return reader_alias (&b);
}

/* HOOK may have been changed to anything.  */
int
call_hook (void)
{
  int c = 3;			/* { dg-message "&c escapes to heap" } */
  return hook (&c);
}

/* A function pointer parameter: calling it does not leak it, but the callee
   is unknown, so the argument escapes.  */
int
call_param_pointer (int (*fp) (const int *))	/* { dg-message "fp does not escape" } */
{
  int d = 4;			/* { dg-message "&d escapes to heap" } */
  return fp (&d);
}
