/* Functions from a system header (line markers) get no notes, but their summaries still serve callers.  */
/* { dg-options "-fplugin-arg-escape-m" } */

#include <stdlib.h>

/* Defined at the end of this file, inside a system header.  */
void sys_keep (int *p);
int sys_read (const int *p);
int *sys_make (void);

int
user_keep (void)
{
  int x = 1;			/* { dg-message "&x escapes to heap" } */
  sys_keep (&x);
  return x;
}

int
user_read (void)
{
  int y = 2;
  return sys_read (&y);
}

void
user_params (int *a, const int *b)	/* { dg-message "leaking param: a" } */
/* { dg-message "b does not escape" "" { target *-*-* } 27 } */
{
  sys_keep (a);
  sys_read (b);
}

int
user_block (void)
{
  int *m = malloc (8);		/* { dg-message "malloc\\(8\\) does not escape" } */
  int r = sys_read (m);
  free (m);
  return r;
}

# 1 "/usr/include/escape-fake-sys.h" 1 3
int *sys_held;

void
sys_keep (int *p)
{
  sys_held = p;
}

int
sys_read (const int *p)
{
  int local = *p;
  int *q = &local;
  sys_held = q;
  return local;
}

int *
sys_make (void)
{
  return malloc (4);
}
