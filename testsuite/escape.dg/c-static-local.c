/* Static locals are global storage: storing &local or a parameter into one escapes.  */
/* { dg-options "-fplugin-arg-escape-m" } */

void
keep_local_addr (void)
{
  static int *saved;
  int x = 0;			/* { dg-message "&x escapes to heap" } */
  saved = &x;
}

void
keep_param (int *p)		/* { dg-message "leaking param: p" } */
{
  static int *saved;
  saved = p;
}

int *
static_addr (void)
{
  static int s;			/* { dg-bogus "escapes" } */
  return &s;
}

void
static_slot_store (int *p)	/* { dg-message "leaking param: p" } */
{
  static int *slot;
  static int **pslot = &slot;
  *pslot = p;
}

int
static_read (int *p)		/* { dg-message "p does not escape" } */
{
  static int cnt;
  cnt += *p;
  return cnt;
}

int *
static_load_result (void)
{
  static int *last;
  int y;			/* { dg-message "&y escapes to heap" } */
  int *prev = last;
  last = &y;
  return prev;
}

void
static_struct_store (int *p)	/* { dg-message "leaking param: p" } */
{
  static struct { int *a; int n; } st;
  st.a = p;
  st.n++;
}
