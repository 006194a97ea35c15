/* (a) again, behind an allocation wrapper: the vec kernel with its 32-byte
   temporary allocated by an xmalloc-style wrapper that checks for failure (GNU
   xmalloc, foo_new constructors).  -DHAND: a local struct instead.  */

#define WRAPPER 1
#include "vec.c"
