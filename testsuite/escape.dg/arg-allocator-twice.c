/* The allocator list given twice: the second list replaces the first, so xzalloc is an allocator and xmalloc is not.  */
/* { dg-options "-fplugin-arg-escape-m -fplugin-arg-escape-allocator=xmalloc -fplugin-arg-escape-allocator=xzalloc:zalloc" } */

#include <stddef.h>

void *xmalloc (size_t);
void *xzalloc (size_t);

int
f (int v)
{
  int *a = xmalloc (4);
  int *z = xzalloc (8);		/* { dg-message "xzalloc\\(8\\) does not escape" } */
  a[0] = v;
  z[0] = v;
  return a[0] + z[0];
}
