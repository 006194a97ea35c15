/* A GCC plugin that does nothing: the "new" plugin of check-caches.sh, built
   there and put in place of escape.so, so that an object compiled by it
   (malloc kept) differs from one compiled by escape.so with promotion
   (malloc moved to the stack).  It takes any arguments, as escape.so's.  */
#include "gcc-plugin.h"

int plugin_is_GPL_compatible;

int
plugin_init (struct plugin_name_args *, struct plugin_gcc_version *)
{
  return 0;
}
