/* A free that may receive more than eight promoted blocks would need a guard for
   each: those blocks stay on the heap, and the program behaves as before.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m=2" } */

#include <stdlib.h>

static int
pick_and_free (int k)
{
  char *p[10];
  p[0] = malloc (8);	/* { dg-message "malloc\\(8\\) does not escape" } */
  /* { dg-message "  not moved to stack: freed by a call that may receive 10 promoted blocks" "" { target *-*-* } 12 } */
  p[1] = malloc (8);	/* { dg-message "malloc\\(8\\) does not escape" } */
  /* { dg-message "  not moved to stack: freed by a call that may receive 10 promoted blocks" "" { target *-*-* } 14 } */
  p[2] = malloc (8);	/* { dg-message "malloc\\(8\\) does not escape" } */
  /* { dg-message "  not moved to stack: freed by a call that may receive 10 promoted blocks" "" { target *-*-* } 16 } */
  p[3] = malloc (8);	/* { dg-message "malloc\\(8\\) does not escape" } */
  /* { dg-message "  not moved to stack: freed by a call that may receive 10 promoted blocks" "" { target *-*-* } 18 } */
  p[4] = malloc (8);	/* { dg-message "malloc\\(8\\) does not escape" } */
  /* { dg-message "  not moved to stack: freed by a call that may receive 10 promoted blocks" "" { target *-*-* } 20 } */
  p[5] = malloc (8);	/* { dg-message "malloc\\(8\\) does not escape" } */
  /* { dg-message "  not moved to stack: freed by a call that may receive 10 promoted blocks" "" { target *-*-* } 22 } */
  p[6] = malloc (8);	/* { dg-message "malloc\\(8\\) does not escape" } */
  /* { dg-message "  not moved to stack: freed by a call that may receive 10 promoted blocks" "" { target *-*-* } 24 } */
  p[7] = malloc (8);	/* { dg-message "malloc\\(8\\) does not escape" } */
  /* { dg-message "  not moved to stack: freed by a call that may receive 10 promoted blocks" "" { target *-*-* } 26 } */
  p[8] = malloc (8);	/* { dg-message "malloc\\(8\\) does not escape" } */
  /* { dg-message "  not moved to stack: freed by a call that may receive 10 promoted blocks" "" { target *-*-* } 28 } */
  p[9] = malloc (8);	/* { dg-message "malloc\\(8\\) does not escape" } */
  /* { dg-message "  not moved to stack: freed by a call that may receive 10 promoted blocks" "" { target *-*-* } 30 } */
  for (int i = 0; i < 10; i++)
    if (!p[i])
      return -1;
  for (int i = 0; i < 10; i++)
    p[i][0] = (char) i;
  char *q = p[k];
  int r = q[0];
  for (int i = 0; i < 10; i++)
    if (i != k)
      free (p[i]);
  free (q);
  return r;
}

int
main (void)
{
  for (int k = 0; k < 10; k++)
    if (pick_and_free (k) != k)
      abort ();
  return 0;
}
