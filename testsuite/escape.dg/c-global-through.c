/* Pointers read from globals point to foreign memory: stores through them escape.  */
/* { dg-options "-fplugin-arg-escape-m" } */

struct node { struct node *next; int *v; };

int **gpp;
struct node *ghead;
int *gi;

void
through_global (int *p)		/* { dg-message "leaking param: p" } */
{
  *gpp = p;
}

void
through_global_local (void)
{
  int x;			/* { dg-message "&x escapes to heap" } */
  *gpp = &x;
}

void
through_global_field (int *p)	/* { dg-message "leaking param: p" } */
{
  ghead->v = p;
}

void
through_global_chain (int *p)	/* { dg-message "leaking param: p" } */
{
  ghead->next->v = p;
}

int
global_store_int (int *p)	/* { dg-message "p does not escape" } */
{
  int *q = gi;
  *q = *p;
  return *q;
}

void
global_copied_to_local_first (int *p)	/* { dg-message "leaking param: p" } */
{
  int **q = gpp;
  int *old = *q;
  *q = p;
  gi = old;
}

void
global_node_to_local_node (int *p)	/* { dg-message "leaking param: p" } */
{
  struct node local;
  struct node *n = ghead;
  local.next = n;
  local.next->v = p;
}
