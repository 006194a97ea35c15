/* Helper header of ipa-system-header-pragma.c: a system header by pragma.  */
#pragma GCC system_header

#include <stdlib.h>

static int *sys_slot;

/* Leaks P: callers see it through the summary, but no note is printed here.  */
static inline void
sys_stash (int *p)
{
  sys_slot = p;
}

/* Only reads P.  */
static inline int
sys_get (const int *p)
{
  return *p;
}

static inline int *
sys_dup (const int *p)
{
  int *m = malloc (sizeof *m);
  *m = *p;
  return m;
}
