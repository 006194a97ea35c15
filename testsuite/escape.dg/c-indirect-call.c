/* Indirect calls through function pointers: the callee is unknown, every pointer argument escapes.  */
/* { dg-options "-fplugin-arg-escape-m" } */

typedef void (*fn_t) (int *);

struct ops { void (*put) (void *); int (*get) (const void *); };

void
call_ptr (fn_t f,		/* { dg-message "f does not escape" } */
	  int *p)		/* { dg-message "leaking param: p" } */
{
  f (p);
}

void
call_local (fn_t f)		/* { dg-message "f does not escape" } */
{
  int x;			/* { dg-message "&x escapes to heap" } */
  f (&x);
}

void
call_via_struct (struct ops *o,	/* { dg-message "o does not escape" } */
		 void *v)	/* { dg-message "leaking param: v" } */
{
  o->put (v);
}

int
call_get (const struct ops *o,	/* { dg-message "o does not escape" } */
	  const void *v)	/* { dg-message "leaking param: v" } */
{
  return o->get (v);
}

void
call_two (void (*f) (int *, int *),	/* { dg-message "f does not escape" } */
	  int *a,		/* { dg-message "leaking param: a" } */
	  int *b)		/* { dg-message "leaking param: b" } */
{
  f (a, b);
}

int *
call_result (int *(*get) (void))	/* { dg-message "get does not escape" } */
{
  return get ();
}

void
call_table (fn_t *table,	/* { dg-message "table does not escape" } */
	    int i,
	    int *p)		/* { dg-message "leaking param: p" } */
{
  table[i] (p);
}
