/* An external function with no body, summary or library knowledge: every pointer argument escapes, even const ones; integer arguments do not matter.  */
/* { dg-options "-fplugin-arg-escape-m" } */

struct ref { int *ptr; int n; };

extern void sink (void *);
extern void look (const char *);
extern void mixed (int, char *, long);
extern int take_int (int);
extern void use_ref (struct ref);

void
pass_pointer (int *p)			/* { dg-message "leaking param: p" } */
{
  sink (p);
}

void
pass_const (const char *s)		/* { dg-message "leaking param: s" } */
{
  look (s);
}

void
pass_mixed (int n,
	    char *s,			/* { dg-message "leaking param: s" } */
	    long l)
{
  mixed (n, s, l);
}

int
pass_value_only (int *p)		/* { dg-message "p does not escape" } */
{
  return take_int (*p) + take_int (p[1]);
}

void
pass_struct_by_value (int *p)		/* { dg-message "leaking param: p" } */
{
  struct ref r = { p, 1 };
  use_ref (r);
}

void
forward_struct (struct ref r)		/* { dg-message "leaking param: r" } */
{
  use_ref (r);
}

void
pass_field (struct ref *r)		/* { dg-message "leaking param content: r" } */
{
  sink (r->ptr);
}

void
call_through_pointer (void (*fn) (int *),	/* { dg-message "fn does not escape" } */
		      int *p)		/* { dg-message "leaking param: p" } */
{
  fn (p);
}

/* { dg-final { escape-same-code-without-m } } */
