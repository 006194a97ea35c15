/* A callee that writes pointers through its parameter: what the caller loads back afterwards may point anywhere.  */
/* { dg-options "-fplugin-arg-escape-m" } */

int *cell;

/* Makes *SLOT point at a global.  */
void
aim_at_global (int ***slot)	/* { dg-message "slot does not escape" } */
{
  *slot = &cell;
}

/* Writes only a number through its parameter.  */
void
zero (int *n)			/* { dg-message "n does not escape" } */
{
  *n = 0;
}

/* After the call PP may point at CELL, so storing Q through it publishes Q.  */
void
store_after_aim (int *q)	/* { dg-message "leaking param: q" } */
{
  int *local = 0;
  int **pp = &local;
  aim_at_global (&pp);
  *pp = q;
}

/* ZERO writes no pointer: PP still points at LOCAL only, Q stays here.  */
void
store_after_zero (int *q)	/* { dg-message "q does not escape" } */
{
  int *local = 0;
  int **pp = &local;
  int n;
  zero (&n);
  *pp = q;
  zero (local);
}
