/* Inline asm: every operand escapes (inputs, addresses of memory operands), outputs come from the heap.  */
/* { dg-options "-fplugin-arg-escape-m" } */

void
asm_reg_input (int *p)		/* { dg-message "leaking param: p" } */
{
  __asm__ volatile ("" : : "r" (p));
}

void
asm_mem_input (void)
{
  int x = 0;			/* { dg-message "&x escapes to heap" } */
  __asm__ volatile ("" : : "m" (x));
}

void
asm_mem_output (void)
{
  int y;			/* { dg-message "&y escapes to heap" } */
  __asm__ volatile ("" : "=m" (y));
}

int *
asm_reg_output (int *p)		/* { dg-message "leaking param: p" } */
{
  int *q;
  __asm__ ("" : "=r" (q) : "0" (p));
  return q;
}

void
asm_addr_input (void)
{
  int z;			/* { dg-message "&z escapes to heap" } */
  __asm__ volatile ("" : : "r" (&z));
}

int
asm_int_only (int *p)		/* { dg-message "p does not escape" } */
{
  int v = *p;
  __asm__ volatile ("" : "+r" (v));
  return v;
}

int
asm_output_then_store (int *p)	/* { dg-message "p does not escape" } */
{
  int w = 0;			/* { dg-message "&w escapes to heap" } */
  int **q;
  __asm__ volatile ("" : "=r" (q));
  *q = &w;
  return *p;
}

/* { dg-final { escape-same-code-without-m } } */
