/* -m=2 names the field a parameter's path starts from, and a caller's path
   through a callee's summary ends at the call that loads the field.  */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m=2" } */
#include <stdlib.h>

struct buf { char *data; long len; char *scratch; };
char *kept;

__attribute__ ((noinline)) void
keep_data (struct buf *b)	/* { dg-message "leaking param content: b" } */
/* { dg-message "  flow: \\{heap\\} = b->data:" "" { target *-*-* } 10 } */
/* { dg-message "    from b->data \\(load\\) at \\S*parts-summary-m2\\.c:15:11" "" { target *-*-* } 10 } */
/* { dg-message "    from kept = b->data \\(assign\\) at \\S*parts-summary-m2\\.c:15:8" "" { target *-*-* } 10 } */
{
  kept = b->data;
}

void
caller (void)
{
  struct buf b;
  b.data = malloc (16);	/* { dg-message "malloc\\(16\\) escapes to heap" } */
  /* { dg-message "  flow: \\{heap\\} = &malloc\\(16\\):" "" { target *-*-* } 22 } */
  /* { dg-message "    from malloc\\(16\\) \\(call result\\) at \\S*parts-summary-m2\\.c:22:12" "" { target *-*-* } 22 } */
  /* { dg-message "    from b\\.data = malloc\\(16\\) \\(assign\\) at \\S*parts-summary-m2\\.c:22:10" "" { target *-*-* } 22 } */
  /* { dg-message "    from keep_data\\(&b\\) \\(call argument\\) at \\S*parts-summary-m2\\.c:30:3" "" { target *-*-* } 22 } */
  b.scratch = malloc (32);	/* { dg-message "moved to stack: malloc\\(32\\)" } */
  b.scratch[0] = 1;
  b.len = 0;
  keep_data (&b);
  free (b.scratch);
}
