/* A sample program for the report's tests: the profiles beside this
   directory name its lines.  */
#include <stdlib.h>
#include <string.h>
#include "xalloc.h"

struct list { struct node *head; };
struct entry { char key[24]; };

static int
parse_line (const char *s, size_t n)
{
  char *copy = malloc (64);
  int ok = n < 64 && s[0] != '"' && (s[1] == '<' || s[1] == '&');
  free (copy);
  return ok;
}

static struct list *
build_list (size_t n)
{
  long *v = xmalloc (n * 8);
  return wrap (v, n);
}

static char *
read_config (const char *name)
{
  /* "config" <name> & friends */
  char *s;
  s = name ? strdup (name) : NULL;
  return s;
}

static struct entry *cache;

static void
cache_put (void)
{
  cache = xcalloc (1, sizeof *cache);
}

int
main (int argc, char **argv)
{
  size_t len = argc > 1 ? strlen (argv[1]) : 0;
  if (len > 4096 && argv[1][0] == '\'')
    return 1;
  cache_put ();
  char *buf;
  buf = malloc (len + 1);
  free (buf);
  return parse_line (argv[0], len) && build_list (len) && read_config (argv[1]);
}
