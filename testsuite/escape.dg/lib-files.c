/* fopen, remove, unlink, rename, access, open, read and write do not keep their pointer arguments: nothing escapes.  glibc declares fopen __attribute__((malloc)), so it is also an allocation site.  */
/* { dg-options "-fplugin-arg-escape-m" } */

#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

FILE *
open_stream (const char *path,		/* { dg-message "path does not escape" } */
	     const char *mode)		/* { dg-message "mode does not escape" } */
{
  return fopen (path, mode);		/* { dg-message "fopen\\(path, mode\\) escapes to heap" } */
}

int
cleanup (const char *a,			/* { dg-message "a does not escape" } */
	 const char *b)			/* { dg-message "b does not escape" } */
{
  return remove (a) + unlink (b);
}

int
move (const char *from,			/* { dg-message "from does not escape" } */
      const char *to)			/* { dg-message "to does not escape" } */
{
  if (access (from, R_OK) != 0)
    return -1;
  return rename (from, to);
}

int
open_file (const char *path,		/* { dg-message "path does not escape" } */
	   int flags)
{
  return open (path, flags, 0644);
}

long
copy_some (int in, int out,
	   char *buf,			/* { dg-message "buf does not escape" } */
	   size_t n)
{
  long got = read (in, buf, n);
  if (got > 0)
    got = write (out, buf, (size_t) got);
  return got;
}

int
local_names (void)
{
  char name[16] = "tmp.txt";
  char buf[8];
  int fd = open (name, O_RDONLY);
  if (fd < 0)
    return access (name, F_OK);
  long n = read (fd, buf, sizeof buf);
  write (1, buf, n > 0 ? (size_t) n : 0);
  close (fd);
  const char *p = name;
  FILE *f = fopen (p, "r");		/* { dg-message "fopen\\(p, \\.\\.\\.\\) does not escape" } */
  if (f && fread (buf, 1, sizeof buf, f) == 0)
    return -1;
  return unlink (name) + remove (name) + rename (name, buf);
}

/* { dg-final { escape-same-code-without-m } } */
