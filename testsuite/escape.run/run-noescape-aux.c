/* The definitions run-noescape.c calls, with the promises it relies on.  */
#include <string.h>

struct node { struct node *next; int v; };

__attribute__ ((noescape)) size_t
measure (const char *s, const char *t)
{
  size_t n = strlen (t);
  while (*s++)
    n++;
  return n;
}

__attribute__ ((noescape (1))) int
sum (const struct node *n)
{
  return n ? n->v + sum (n->next) : 0;
}

__attribute__ ((noescape_shallow (1))) struct node *
second (struct node *n)
{
  return n->next;
}
