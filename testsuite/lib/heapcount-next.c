/* An LD_PRELOAD counter of heap calls, independent of the profiling runtime,
   for testsuite/escape.profile/check-runtime.sh: it counts the calls of
   malloc, calloc, realloc, posix_memalign, aligned_alloc, memalign, valloc
   and pvalloc the program makes, hands each on to the next definition
   (dlsym (RTLD_NEXT): the runtime, or glibc), and appends "PID COUNT" to the
   file $HEAPCOUNT_NEXT_FILE when the process image ends: at exit, _exit or
   exec.  An exec that fails appends "PID -COUNT", cancelling that line, and
   counting goes on.  A child made by fork counts from zero.

     gcc -O2 -shared -fPIC heapcount-next.c -o heapcount-next.so -ldl  */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static unsigned long calls;

/* dlsym may allocate while it looks malloc up: those few calls get static
   memory, are not counted and are never freed.  */
static __thread int looking_up;
static char early[4096] __attribute__ ((aligned (16)));
static size_t early_used;

static void *
lookup (const char *name)
{
  looking_up = 1;
  void *f = dlsym (RTLD_NEXT, name);
  looking_up = 0;
  return f;
}

/* The next definition of function F, looked up once.  */
#define NEXT(F)                                                          \
  ({                                                                     \
    static __typeof__ (&F) next_;                                        \
    if (!next_)                                                          \
      next_ = (__typeof__ (&F)) lookup (#F);                             \
    next_;                                                               \
  })

static void *
early_block (size_t n)
{
  size_t at = early_used;
  early_used += (n + 15) & ~(size_t) 15;
  return early_used <= sizeof early ? early + at : NULL;
}

static void
tick (void)
{
  __atomic_add_fetch (&calls, 1, __ATOMIC_RELAXED);
}

void *
malloc (size_t n)
{
  if (looking_up)
    return early_block (n);
  tick ();
  return NEXT (malloc) (n);
}

void *
calloc (size_t n, size_t size)
{
  if (looking_up)
    return early_block (n * size);
  tick ();
  return NEXT (calloc) (n, size);
}

void
free (void *p)
{
  if ((char *) p < early || (char *) p >= early + sizeof early)
    NEXT (free) (p);
}

void *
realloc (void *p, size_t n)
{
  tick ();
  return NEXT (realloc) (p, n);
}

int
posix_memalign (void **p, size_t alignment, size_t n)
{
  tick ();
  return NEXT (posix_memalign) (p, alignment, n);
}

void *
aligned_alloc (size_t alignment, size_t n)
{
  tick ();
  return NEXT (aligned_alloc) (alignment, n);
}

void *
memalign (size_t alignment, size_t n)
{
  tick ();
  return NEXT (memalign) (alignment, n);
}

void *
valloc (size_t n)
{
  tick ();
  return NEXT (valloc) (n);
}

void *
pvalloc (size_t n)
{
  tick ();
  return NEXT (pvalloc) (n);
}

/* Appends "PID SIGN COUNT"; at most once per process image, and not in a
   child made by vfork, which shares its parent's count.  */
static int reported;
static pid_t counted_pid;

static void
append_count (const char *sign)
{
  const char *file = getenv ("HEAPCOUNT_NEXT_FILE");
  int fd = file ? open (file, O_WRONLY | O_APPEND | O_CREAT, 0666) : -1;
  if (fd < 0)
    return;
  /* Not dprintf: it allocates a buffer, which would count.  */
  char line[64];
  int n = snprintf (line, sizeof line, "%d %s%lu\n", (int) getpid (), sign,
		    __atomic_load_n (&calls, __ATOMIC_RELAXED));
  if (write (fd, line, n) != n)
    perror ("heapcount-next");
  close (fd);
}

static void
report (void)
{
  if (reported || getpid () != counted_pid)
    return;
  append_count ("");
  reported = 1;
}

__attribute__ ((destructor)) static void
report_at_exit (void)
{
  report ();
}

void
_exit (int status)
{
  report ();
  NEXT (_exit) (status);
  __builtin_unreachable ();
}

void
_Exit (int status)
{
  _exit (status);
}

/* The result R of an exec: it failed, so the image goes on.  */
static int
exec_failed (int r)
{
  int saved = errno;
  if (getpid () == counted_pid)
    append_count ("-");
  reported = 0;
  errno = saved;
  return r;
}

int
execve (const char *path, char *const argv[], char *const envp[])
{
  report ();
  return exec_failed (NEXT (execve) (path, argv, envp));
}

int
execvpe (const char *file, char *const argv[], char *const envp[])
{
  report ();
  return exec_failed (NEXT (execvpe) (file, argv, envp));
}

int
execv (const char *path, char *const argv[])
{
  report ();
  return exec_failed (NEXT (execv) (path, argv));
}

int
execvp (const char *file, char *const argv[])
{
  report ();
  return exec_failed (NEXT (execvp) (file, argv));
}

int
fexecve (int fd, char *const argv[], char *const envp[])
{
  report ();
  return exec_failed (NEXT (fexecve) (fd, argv, envp));
}

/* execl, execlp and execle: their arguments become an array for FUNCTION,
   one of the functions above, with the environment after the null when
   WITH_ENVP.  */
static int
exec_list (int (*function) (), const char *file, const char *arg,
	   va_list ap, int with_envp)
{
  char *argv[1024] = { (char *) arg };
  for (int i = 0; argv[i] && i < 1022;)
    argv[++i] = va_arg (ap, char *);
  if (with_envp)
    return function (file, argv, va_arg (ap, char *const *));
  return function (file, argv);
}

#define EXEC_LIST(NAME, FUNCTION, WITH_ENVP)                             \
  int                                                                    \
  NAME (const char *file, const char *arg, ...)                          \
  {                                                                      \
    va_list ap;                                                          \
    va_start (ap, arg);                                                  \
    int r = exec_list (FUNCTION, file, arg, ap, WITH_ENVP);              \
    va_end (ap);                                                         \
    return r;                                                            \
  }

EXEC_LIST (execl, execv, 0)
EXEC_LIST (execlp, execvp, 0)
EXEC_LIST (execle, execve, 1)

static void
start_empty (void)
{
  calls = 0;
  reported = 0;
  counted_pid = getpid ();
}

__attribute__ ((constructor)) static void
start (void)
{
  counted_pid = getpid ();
  pthread_atfork (NULL, NULL, start_empty);
}
