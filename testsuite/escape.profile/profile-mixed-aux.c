/* The unit of profile-mixed.c built without the plugin.  */
#include <stdlib.h>

extern void *volatile profile_sink;

void plain_work (void);

void
plain_work (void)
{
  char *p = malloc (12);
  profile_sink = p;
  free (p);
}
