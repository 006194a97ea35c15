/* Objective-C input: the plugin does not analyse it (not even its plain C functions); with -m it says so once, in a note without a location, and prints nothing else.  */
/* { dg-options "-fplugin-arg-escape-m=2 -fplugin-arg-escape-promote -fplugin-arg-escape-stats" } */
/* { dg-message "escape: only C is analysed; GNU Objective-C input is left alone" "" { target *-*-* } 0 } */
/* { dg-bogus "allocation sites|moved to stack" "" { target *-*-* } 0 } */

#include <stdlib.h>

int *g;

void
store (int *p)			/* { dg-bogus "leaking|escape" } */
{
  g = p;
}

int
scratch (int v)
{
  int *q = malloc (sizeof (int));	/* { dg-bogus "malloc|stack" } */
  *q = v;
  int r = *q;
  free (q);
  return r;
}

__attribute__ ((objc_root_class))
@interface Box
{
  int *slot;
}
- (void) put: (int *) p;
- (int) get;
@end

@implementation Box
- (void) put: (int *) p		/* { dg-bogus "leaking|escape" } */
{
  slot = p;
}
- (int) get
{
  return *slot;
}
@end
