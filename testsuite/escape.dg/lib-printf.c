/* printf, fprintf, dprintf, sprintf and snprintf only read their pointer arguments (including the variadic ones) and write characters: nothing escapes.  */
/* { dg-options "-fplugin-arg-escape-m" } */

#include <stdio.h>

struct point { int x, y; const char *label; };

void
show (const char *name,			/* { dg-message "name does not escape" } */
      const struct point *p)		/* { dg-message "p does not escape" } */
{
  printf ("%s: %d %d %s %p\n", name, p->x, p->y, p->label, (const void *) p);
}

void
show_to (FILE *f,			/* { dg-message "f does not escape" } */
	 const char *fmt,		/* { dg-message "fmt does not escape" } */
	 const char *s)			/* { dg-message "s does not escape" } */
{
  fprintf (f, fmt, s, f);
}

void
show_fd (int fd, const char *s)		/* { dg-message "s does not escape" } */
{
  dprintf (fd, "%s\n", s);
}

int
format (char *buf,			/* { dg-message "buf does not escape" } */
	const char *s,			/* { dg-message "s does not escape" } */
	int n)
{
  return sprintf (buf, "%s-%d", s, n);
}

int
format_bounded (char *buf,		/* { dg-message "buf does not escape" } */
		size_t size,
		const char *s)		/* { dg-message "s does not escape" } */
{
  return snprintf (buf, size, "[%s] %p", s, (void *) buf);
}

int
local_addresses (void)
{
  int x = 3;
  char buf[32];
  int n = snprintf (buf, sizeof buf, "%p", (void *) &x);
  printf ("%s %p %n\n", buf, (void *) &x, &n);
  return sprintf (buf, "%d", x) + n;
}

/* { dg-final { escape-same-code-without-m } } */
