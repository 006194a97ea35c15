/* Static and external callees defined here use their summaries; declared-only and weak callees do not.  */
/* { dg-options "-fplugin-arg-escape-m" } */

int *held;

static void
s_keep (int *p)			/* { dg-message "leaking param: p" } */
{
  held = p;
}

static int
s_read (const int *p)		/* { dg-message "p does not escape" } */
{
  return *p;
}

/* External linkage, but without -fPIC this definition is the one that runs.  */
int
pub_read (const int *p)		/* { dg-message "p does not escape" } */
{
  return *p * 2;
}

/* No body here: anything could happen to the argument.  */
extern int ext_read (const int *p);

/* A weak definition may be replaced at link time by a definition that keeps
   the pointer: its summary says nothing about the code that will run.  */
__attribute__ ((weak)) int
weak_read (const int *p)	/* { dg-message "p does not escape" } */
{
  return *p + 1;
}

int
use_static (void)
{
  int a = 1;			/* { dg-message "&a escapes to heap" } */
  int b = 2;
  s_keep (&a);
  return s_read (&b);
}

int
use_public (void)
{
  int c = 3;
  return pub_read (&c);
}

int
use_extern (void)
{
  int d = 4;			/* { dg-message "&d escapes to heap" } */
  return ext_read (&d);
}

int
use_weak (void)
{
  int e = 5;			/* { dg-message "&e escapes to heap" } */
  return weak_read (&e);
}

int
params (const int *x, const int *y, const int *z)	/* { dg-message "x does not escape" } */
/* { dg-message "leaking param: y" "" { target *-*-* } 67 } */
/* { dg-message "leaking param: z" "" { target *-*-* } 67 } */
{
  return s_read (x) + pub_read (x) + ext_read (y) + weak_read (z);
}
