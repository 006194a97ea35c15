/* Rendering of allocation arguments: constants, sizeof, enum and macro constants, named variables (through casts), anything else as "...".  */
/* { dg-options "-fplugin-arg-escape-m" } */

#include <stdlib.h>

#define BUF_SIZE 128
enum { SLOTS = 12 };
struct rec { long a; char *b; int c; };
unsigned long global_len;

void
constants (void)
{
  free (malloc (100));			/* { dg-message "malloc\\(100\\) does not escape" } */
  free (malloc (BUF_SIZE));		/* { dg-message "malloc\\(128\\) does not escape" } */
  free (malloc (SLOTS));		/* { dg-message "malloc\\(12\\) does not escape" } */
  free (malloc (4 * 8 + 1));		/* { dg-message "malloc\\(33\\) does not escape" } */
  free (malloc ('A'));			/* { dg-message "malloc\\(65\\) does not escape" } */
}

void
sizes (void)
{
  free (malloc (sizeof (struct rec)));		/* { dg-message "malloc\\(24\\) does not escape" } */
  free (malloc (sizeof (int) * 10));		/* { dg-message "malloc\\(40\\) does not escape" } */
  free (calloc (SLOTS, sizeof (struct rec)));	/* { dg-message "calloc\\(12, 24\\) does not escape" } */
}

void
named (int n, unsigned long len, short s)
{
  free (malloc (n));			/* { dg-message "malloc\\(n\\) does not escape" } */
  free (malloc (len));			/* { dg-message "malloc\\(len\\) does not escape" } */
  free (malloc (s));			/* { dg-message "malloc\\(s\\) does not escape" } */
  free (malloc ((size_t) n));		/* { dg-message "malloc\\(n\\) does not escape" } */
  free (malloc (global_len));		/* { dg-message "malloc\\(global_len\\) does not escape" } */
  size_t local = len * 2;
  free (malloc (local));		/* { dg-message "malloc\\(local\\) does not escape" } */
  free (calloc (n, len));		/* { dg-message "calloc\\(n, len\\) does not escape" } */
}

void
expressions (int n, struct rec *r)	/* { dg-message "r does not escape" } */
{
  free (malloc (n * 4));		/* { dg-message "malloc\\(\\.\\.\\.\\) does not escape" } */
  free (malloc (n + 1));		/* { dg-message "malloc\\(\\.\\.\\.\\) does not escape" } */
  free (malloc (r->c));			/* { dg-message "malloc\\(\\.\\.\\.\\) does not escape" } */
  free (malloc (sizeof (struct rec) * n));	/* { dg-message "malloc\\(\\.\\.\\.\\) does not escape" } */
  free (calloc (n + 1, sizeof (long)));	/* { dg-message "calloc\\(\\.\\.\\., 8\\) does not escape" } */
}

/* { dg-final { escape-same-code-without-m } } */
