/* A pointer kept in a local struct or a local array does not escape.  */
/* { dg-options "-fplugin-arg-escape-m" } */

struct Box { int *p; int *q; };

int
in_struct (int *p)		/* { dg-message "p does not escape" } */
{
  struct Box b;
  b.p = p;
  b.q = p;
  return *b.p + *b.q;
}

int
in_array (int *p,		/* { dg-message "p does not escape" } */
	  int *q)		/* { dg-message "q does not escape" } */
{
  int *arr[2];
  arr[0] = p;
  arr[1] = q;
  return *arr[0] + *arr[1];
}

int
in_array_loop (int **src, int n)	/* { dg-message "src does not escape" } */
{
  int *tmp[8];
  int i, s = 0;
  for (i = 0; i < n && i < 8; i++)
    tmp[i] = src[i];
  while (i-- > 0)
    s += *tmp[i];
  return s;
}

int
local_addr_in_array (void)
{
  int x = 1;			/* { dg-bogus "escapes" } */
  int *arr[1];
  arr[0] = &x;
  return *arr[0];
}

int
through_local_pointer (int *p)	/* { dg-message "p does not escape" } */
{
  struct Box b = { p, 0 };
  struct Box *bp = &b;
  return *bp->p;
}

int
array_of_boxes (int *p, int i)	/* { dg-message "p does not escape" } */
{
  struct Box bs[4];
  bs[i & 3].p = p;
  bs[0].q = bs[i & 3].p;
  return *bs[0].q;
}
