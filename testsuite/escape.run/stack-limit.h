/* Run with at most 8 MiB of stack, the usual default, whatever the limit the
   tests were started with: a test whose blocks moved into a frame active
   10,000 times over then overflows it, as it would for a user.  */
#include <sys/resource.h>

static struct rlimit stack_limit;

static void
limit_stack_to_8_mib (void)
{
  if (getrlimit (RLIMIT_STACK, &stack_limit) == 0
      && stack_limit.rlim_cur > (8u << 20))
    {
      stack_limit.rlim_cur = 8u << 20;
      setrlimit (RLIMIT_STACK, &stack_limit);
    }
}
