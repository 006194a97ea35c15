/* A definition is checked against its noescape promise, without any plugin
   option: a kept promise is quiet; a parameter that escapes to heap (realloc
   too), is returned, is freed, may be copied as bytes, or (under noescape) whose
   pointee does any of these is an error at the parameter, followed by the
   path that breaks the promise.  noescape_shallow promises the pointer only.  */
/* { dg-options "" } */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void *g;
char text[32];
struct node { struct node *next; int v; };

/* Kept: the promise on a declaration, the definition after it.  */
size_t measure (const char *s, const char *t) __attribute__ ((noescape));
size_t
measure (const char *s, const char *t)
{
  return strlen (s) + strlen (t);
}

/* Kept: the promise on the definition itself.  */
__attribute__ ((noescape (1))) int
sum (const struct node *n)
{
  int s = 0;
  for (; n; n = n->next)
    s += n->v;
  return s;
}

/* Kept: under noescape_shallow, what the parameter points to may be returned.  */
__attribute__ ((noescape_shallow (1))) void *
first (struct node *n)
{
  return n->next;
}

__attribute__ ((noescape (1))) void
keep (char *p)	/* { dg-error "parameter .p. of .keep. is declared .noescape. but escapes to heap" } */
/* { dg-message "  flow: \\{heap\\} = p:" "" { target *-*-* } 41 } */
/* { dg-message "    from g = p \\(assign\\) at \\S*attr-noescape-check\\.c:45:5" "" { target *-*-* } 41 } */
{
  g = p;
}

__attribute__ ((noescape (1))) char *
ident (char *p)	/* { dg-error "parameter .p. of .ident. is declared .noescape. but is returned" } */
/* { dg-message "  flow: ~r0 = p:" "" { target *-*-* } 49 } */
/* { dg-message "    from return p \\(return\\) at \\S*attr-noescape-check\\.c:53:10" "" { target *-*-* } 49 } */
{
  return p;
}

__attribute__ ((noescape_shallow (1))) void
drop (char *p)	/* { dg-error "parameter .p. of .drop. is declared .noescape_shallow. but is freed" } */
/* { dg-message "  flow: \\{free\\} = p:" "" { target *-*-* } 57 } */
/* { dg-message "    from free\\(p\\) \\(call argument\\) at \\S*attr-noescape-check\\.c:61:3" "" { target *-*-* } 57 } */
{
  free (p);
}

__attribute__ ((noescape (1))) void
show (char *p)	/* { dg-error "parameter .p. of .show. is declared .noescape. but may be copied as bytes" } */
/* { dg-message "  flow: \\{bytes\\} = p:" "" { target *-*-* } 65 } */
/* { dg-message "    from snprintf\\(&text, 32, \"...\", p\\) \\(non-pointer copy\\) at \\S*attr-noescape-check\\.c:69:3" "" { target *-*-* } 65 } */
{
  snprintf (text, sizeof text, "%p", (void *) p);
}

__attribute__ ((noescape (1))) void *
next_of (struct node *n)	/* { dg-error "parameter .n. of .next_of. is declared .noescape. but what it points to is returned" } */
/* { dg-message "  flow: ~r0 = n->next:" "" { target *-*-* } 73 } */
/* { dg-message "    from n->next \\(load\\) at \\S*attr-noescape-check\\.c:78:11" "" { target *-*-* } 73 } */
/* { dg-message "    from return n->next \\(return\\) at \\S*attr-noescape-check\\.c:78:11" "" { target *-*-* } 73 } */
{
  return n->next;
}

__attribute__ ((noescape (1))) void
grow (char *p)	/* { dg-error "parameter .p. of .grow. is declared .noescape. but escapes to heap" } */
/* { dg-message "  flow: \\{heap\\} = p:" "" { target *-*-* } 82 } */
/* { dg-message "    from realloc\\(p, 64\\) \\(call argument\\) at \\S*attr-noescape-check\\.c:86:\\d+" "" { target *-*-* } 82 } */
{
  char *q = realloc (p, 64);
  if (q)
    q[0] = 0;
}
