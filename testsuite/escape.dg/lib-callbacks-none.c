/* A file that registers no handler with the C library: its functions that
   would run one (raise, fread, snprintf, exit, fork) run no code of this file,
   nor do the functions that never call back although glibc does not declare
   them leaf (locks, iconv, regexec, close) or that it declares leaf (strlen,
   mbrtowc), nor functions given a function of this file or a library function
   that does not call back (twalk's action, scandir's alphasort) or none (glob
   without an error function).  A public function that calls them all is not
   recursive, and its block moves.  A function given something that may call
   back (another file's comparator, a function through a variable, glob's
   directory functions), or dlopen, whose constructors may call anything, is
   called again through it.  */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m=2" } */
#define _GNU_SOURCE
#include <dirent.h>
#include <dlfcn.h>
#include <glob.h>
#include <iconv.h>
#include <pthread.h>
#include <regex.h>
#include <search.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>

FILE *f;
pthread_mutex_t m;
iconv_t cd;
regex_t re;
void *tree;
static mbstate_t state;
static glob_t g;
static struct dirent **names;

static void
visit (const void *node, VISIT which, int depth)	/* { dg-message "node does not escape" } */
{
}

long
calls_no_callback (void)
{
  char *p = malloc (64);	/* { dg-message "moved to stack: malloc\\(64\\)" } */
  if (!p)
    return -1;
  long r = fread (p, 1, 64, f);
  r += snprintf (p, 64, "%ld", r);
  pthread_mutex_lock (&m);
  r += strlen (p);
  pthread_mutex_unlock (&m);
  r += mbrtowc (NULL, "x", 1, &state);
  r += iconv (cd, NULL, NULL, NULL, NULL);
  r += regexec (&re, "x", 0, NULL, 0);
  twalk (tree, visit);
  r += glob ("*.c", 0, NULL, &g);
  r += scandir (".", &names, NULL, alphasort);
  r += close (3);
  if (r < 0)
    raise (SIGTERM);
  if (r > 1000)
    exit (fork () > 0);
  r += p[0];
  free (p);
  return r;
}

int v[4];
int other_compare (const void *, const void *);
void (*chosen_visit) (const void *, VISIT, int);
int glob_flags;
static pthread_once_t once = PTHREAD_ONCE_INIT;
void other_init (void);

long
sorts_elsewhere (void)
{
  char *p = calloc (1, 64);	/* { dg-message "calloc\\(1, 64\\) does not escape" } */
  /* { dg-message "  not moved to stack: recursive frame budget exhausted \\(0 \\+ 64 > 0\\); it may be called again through qsort" "" { target *-*-* } 79 } */
  qsort (v, 4, sizeof *v, other_compare);
  long r = p[0];
  free (p);
  return r;
}

long
walks_through_variable (void)
{
  char *p = calloc (1, 64);	/* { dg-message "calloc\\(1, 64\\) does not escape" } */
  /* { dg-message "  not moved to stack: recursive frame budget exhausted \\(0 \\+ 64 > 0\\); it may be called again through twalk" "" { target *-*-* } 90 } */
  twalk (tree, chosen_visit);
  long r = p[0];
  free (p);
  return r;
}

long
globs_with_flags (void)
{
  char *p = calloc (1, 64);	/* { dg-message "calloc\\(1, 64\\) does not escape" } */
  /* { dg-message "  not moved to stack: recursive frame budget exhausted \\(0 \\+ 64 > 0\\); it may be called again through glob" "" { target *-*-* } 101 } */
  long r = glob ("*.c", glob_flags, NULL, &g);
  r += p[0];
  free (p);
  return r;
}

long
initializes_elsewhere (void)
{
  char *p = calloc (1, 64);	/* { dg-message "calloc\\(1, 64\\) does not escape" } */
  /* { dg-message "  not moved to stack: recursive frame budget exhausted \\(0 \\+ 64 > 0\\); it may be called again through pthread_once" "" { target *-*-* } 112 } */
  long r = pthread_once (&once, other_init);
  r += p[0];
  free (p);
  return r;
}

long
loads (const char *path)	/* { dg-message "leaking param: path" } */
/* { dg-message "  flow: \\{heap\\} = path:" "" { target *-*-* } 121 } */
/* { dg-message "    from dlopen\\(path, 2\\) \\(call argument\\) at \\S*:127:12" "" { target *-*-* } 121 } */
{
  char *p = calloc (1, 64);	/* { dg-message "calloc\\(1, 64\\) does not escape" } */
  /* { dg-message "  not moved to stack: recursive frame budget exhausted \\(0 \\+ 64 > 0\\); it may be called again through dlopen" "" { target *-*-* } 125 } */
  long r = dlopen (path, RTLD_NOW) != NULL;
  r += p[0];
  free (p);
  return r;
}
