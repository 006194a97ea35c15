/* The runtime of the heap lifetime profile (libescape-profile.so): the
   contract is runtime/escape-profile.h.

   It keeps, per thread, the shadow stack of instrumented frames that
   __escape_profile_enter/leave/resync push, pop and reset: each frame a
   serial number, unique over all threads (the thread's index in the high
   bits), and its FN.
   It interposes the allocator's entry points and forwards them to glibc's
   __libc_* functions, so that an LD_PRELOAD counter in front of the program,
   chaining with dlsym (RTLD_NEXT), sees the same calls as this runtime.

   With ESCAPE_PROFILE set, each heap call is charged to its site (the token
   the instrumented caller left in a slot, else the return address: a lib
   site), and each live block is kept in a hash table keyed by its address
   with its birth site, largest size, the depth and the last serial issued
   on its thread when it was born: that names the allocating frame and the
   4 frames up, since a frame pushed later at one of their places has a
   larger serial.  When the block is freed, the first of those frames still
   on this thread's stack gives its lifetime class.  The tables are
   mmapped, never malloced: the runtime must not call the allocator it
   watches.  The block table is split into stripes, each with its own lock,
   so threads rarely wait (a program without threads takes no locks); a
   per-thread busy flag makes a call that arrives while the runtime itself
   is working on this thread (a signal handler that allocates) go straight
   through, counted as untracked.

   The profile is written when the process exits, calls _exit or exec.  A
   child made by fork starts with empty tables.  */

#define _GNU_SOURCE
#include "escape-profile.h"
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <link.h>
#include <pthread.h>
#include <sched.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/single_threaded.h>
#include <sys/stat.h>
#include <unistd.h>
#include <unwind.h>

#define EXPORT __attribute__ ((visibility ("default")))
#define TLS __thread __attribute__ ((tls_model ("initial-exec")))

extern void *__libc_malloc (size_t);
extern void *__libc_calloc (size_t, size_t);
extern void *__libc_realloc (void *, size_t);
extern void __libc_free (void *);
extern void *__libc_memalign (size_t, size_t);
extern void *__libc_valloc (size_t);
extern void *__libc_pvalloc (size_t);

/* Frames deeper than this are counted but not stored: a block allocated
   there is classed only by those of its 5 frames that are stored, else
   later.  */
#define STACK_CAPACITY 1024
/* Frames up from the allocating one whose return decides the class.  */
#define FRAMES_UP 5
#define SIZE_BUCKETS 41
#define LIB_MAX_SIZE 4096
#define SITE_CAPACITY (1u << 16)
#define STRIPES 256
#define STRIPE_INITIAL_CAPACITY 256
/* The thread index sits above this many bits of a frame serial.  */
#define SERIAL_THREAD_SHIFT 40

enum life_class { K0, K1, K2, K3, K4, LATER, NEVER, CLASSES };
static const char *const class_names[CLASSES]
  = { "k0", "k1", "k2", "k3", "k4", "later", "never" };

/* What kind of call a heap call was, for the totals line.  */
enum call_kind { MALLOC, CALLOC, REALLOC, ALIGNED, CALL_KINDS };

struct frame
{
  uint64_t serial;
  const char *fn;
  /* The slots as the frame found them: its return puts them back, so that
     a wrapper that calls an instrumented function before its malloc keeps
     its caller's token.  */
  const char *site, *inner;
};

struct thread_state
{
  int depth;
  int busy;
  uint64_t last_serial;
  struct frame frames[STACK_CAPACITY];
};

EXPORT TLS const char *volatile __escape_profile_site;
EXPORT TLS const char *volatile __escape_profile_inner;
static TLS struct thread_state self;

/* Blocks are split at MAX-SIZE into small and large: per class, blocks and
   bytes of each.  */
struct life
{
  unsigned long blocks[2], bytes[2];
};

/* A site is a token (src) or a return address with the innermost frame's FN
   (lib).  Sites are only added, under sites_lock; readers find them without
   it, since KEY is stored last.  */
struct site
{
  const void *key;
  const char *caller;
  /* For a lib site: a return address in the library function the program
     called (entry_in_library).  */
  const void *entry;
  int lib;
  size_t max_size;
  unsigned long calls, bytes;
  struct life life[CLASSES];
  unsigned long sizes[SIZE_BUCKETS];
};

/* 32 bytes, two to a cache line.  */
struct block
{
  uintptr_t address;
  uint64_t born;
  size_t max_size;
  uint32_t site;
  int32_t depth;
};

struct stripe
{
  int lock;
  size_t capacity, count;
  struct block *blocks;
} __attribute__ ((aligned (64)));

/* -1 until the environment has been read, then 1 if profiling, else 0.  */
static int profiling = -1;
static int written;
/* The process whose tables these are: a child made by vfork shares them,
   and leaves them to its parent to report.  */
static pid_t profiled_pid;
/* $ESCAPE_PROFILE as it was at start (the program may change its
   environment), made absolute.  */
static char profile_dir[PATH_MAX];
static unsigned thread_count;
static unsigned long totals[CALL_KINDS], frees, untracked;
static struct site *sites;
static int sites_lock;
/* The sites in the order they were added, so that writing the profile does
   not walk the whole table.  */
static uint32_t site_list[SITE_CAPACITY];
static uint32_t site_count;
static struct stripe stripes[STRIPES];

/* Frames.  */

static uint64_t
first_serial_of_new_thread (void)
{
  uint64_t index = __atomic_add_fetch (&thread_count, 1, __ATOMIC_RELAXED);
  return index << SERIAL_THREAD_SHIFT;
}

EXPORT int
__escape_profile_enter (const char *fn)
{
  int depth = self.depth;
  if (__builtin_expect (self.last_serial == 0, 0))
    self.last_serial = first_serial_of_new_thread ();
  if (__builtin_expect (depth < STACK_CAPACITY, 1))
    {
      struct frame *f = &self.frames[depth];
      f->serial = ++self.last_serial;
      f->fn = fn;
      f->site = __escape_profile_site;
      f->inner = __escape_profile_inner;
    }
  __escape_profile_site = 0;
  __escape_profile_inner = 0;
  self.depth = depth + 1;
  return depth;
}

EXPORT void
__escape_profile_leave (void)
{
  int depth = self.depth - 1;
  if (__builtin_expect (depth < 0, 0))
    return;
  self.depth = depth;
  if (__builtin_expect (depth < STACK_CAPACITY, 1))
    {
      __escape_profile_site = self.frames[depth].site;
      __escape_profile_inner = self.frames[depth].inner;
    }
}

EXPORT void
__escape_profile_resync (int depth)
{
  self.depth = depth + 1;
}

static uint64_t
serial_of_frame (int index)
{
  if (index < 0 || index >= STACK_CAPACITY || index >= self.depth)
    return 0;
  return self.frames[index].serial;
}

/* The innermost instrumented frame's FN, "" when there is none or it is past
   the stored part of the stack.  */
static const char *
innermost_fn (void)
{
  return serial_of_frame (self.depth - 1) ? self.frames[self.depth - 1].fn
					   : "";
}

/* Memory and locks.  */

static void *
map_zeroed (size_t size)
{
  void *p = mmap (NULL, size, PROT_READ | PROT_WRITE,
		  MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  return p == MAP_FAILED ? NULL : p;
}

/* Locks and atomic counts cost most of the runtime's time in a program
   without threads, where glibc says they are not needed.  The runtime
   itself starts no thread, so none can appear while it works.  */
static void
lock (int *l)
{
  if (__libc_single_threaded)
    return;
  while (__atomic_exchange_n (l, 1, __ATOMIC_ACQUIRE))
    while (__atomic_load_n (l, __ATOMIC_RELAXED))
      sched_yield ();
}

static void
unlock (int *l)
{
  if (__libc_single_threaded)
    return;
  __atomic_store_n (l, 0, __ATOMIC_RELEASE);
}

/* A count made only while this thread is busy in the runtime, where a
   signal handler does not count.  */
static void
count (unsigned long *counter, unsigned long n)
{
  if (__libc_single_threaded)
    *counter += n;
  else
    __atomic_add_fetch (counter, n, __ATOMIC_RELAXED);
}

/* A count that a signal handler may make in the middle of this thread's.  */
static void
count_atomic (unsigned long *counter)
{
  __atomic_add_fetch (counter, 1, __ATOMIC_RELAXED);
}

static uint64_t
mix (uint64_t x)
{
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdull;
  x ^= x >> 33;
  x *= 0xc4ceb9fe1a85ec53ull;
  return x ^ (x >> 33);
}

/* Sites.  */

/* Field 6 of a token, MAX-SIZE.  */
static size_t
max_size_of_token (const char *token)
{
  for (int tabs = 0; tabs < 5; token++)
    if (*token == '\t')
      tabs++;
    else if (!*token)
      return LIB_MAX_SIZE;
  size_t n = 0;
  for (; *token >= '0' && *token <= '9'; token++)
    n = n * 10 + (size_t) (*token - '0');
  return n;
}

static int
site_is (const struct site *s, const void *key, const char *caller)
{
  return __atomic_load_n (&s->key, __ATOMIC_ACQUIRE) == key
	 && s->caller == caller;
}

/* A return address in the function of the object holding RETURN_ADDRESS
   (a library) that code outside it called, found once per lib site by
   walking the stack: the outermost of the frames in that object.  Its
   symbol names what the program called ("regexec"), where the allocation's
   own return address is often in an unexported function.  In the program
   itself every frame up to main is in one object: there the allocation's
   own address is kept.  */
struct walk
{
  void *frames[64];
  int n;
};

static _Unwind_Reason_Code
walk_frame (struct _Unwind_Context *context, void *data)
{
  struct walk *w = data;
  if (w->n == (int) (sizeof w->frames / sizeof *w->frames))
    return _URC_END_OF_STACK;
  w->frames[w->n++] = (void *) _Unwind_GetIP (context);
  return _URC_NO_REASON;
}

static const void *
entry_in_library (const void *return_address)
{
  /* The unwinder of libgcc_s, linked in: glibc's backtrace would load it
     with dlopen, which allocates, from inside an allocation.  */
  struct walk w = { .n = 0 };
  _Unwind_Backtrace (walk_frame, &w);
  void **frames = w.frames;
  int n = w.n;
  Dl_info info;
  struct link_map *map = NULL;
  if (!dladdr1 (return_address, &info, (void **) &map, RTLD_DL_LINKMAP)
      || !map || !*map->l_name)
    return return_address;
  const void *object = info.dli_fbase, *entry = return_address;
  int i = 0;
  while (i < n && frames[i] != return_address)
    i++;
  for (; i < n && dladdr (frames[i], &info) && info.dli_fbase == object; i++)
    entry = frames[i];
  return entry;
}

static void
add_site (struct site *s, const void *key, const char *caller, int lib)
{
  s->caller = caller;
  s->lib = lib;
  s->entry = lib ? entry_in_library (key) : NULL;
  s->max_size = lib ? LIB_MAX_SIZE : max_size_of_token (key);
  __atomic_store_n (&s->key, key, __ATOMIC_RELEASE);
  site_list[site_count] = s - sites;
  __atomic_store_n (&site_count, site_count + 1, __ATOMIC_RELEASE);
}

/* The index of the site of KEY and CALLER, added if new; -1 when the table
   is full.  Lookups probe without the lock; only adding takes it.  */
static int64_t
site_index (const void *key, const char *caller, int lib)
{
  uint32_t mask = SITE_CAPACITY - 1;
  uint32_t start = (uint32_t) mix ((uintptr_t) key ^ (uintptr_t) caller);
  for (uint32_t i = 0; i < SITE_CAPACITY; i++)
    {
      struct site *s = &sites[(start + i) & mask];
      if (site_is (s, key, caller))
	return s - sites;
      if (__atomic_load_n (&s->key, __ATOMIC_ACQUIRE))
	continue;
      lock (&sites_lock);
      if (!s->key)
	add_site (s, key, caller, lib);
      unlock (&sites_lock);
      if (site_is (s, key, caller))
	return s - sites;
    }
  return -1;
}

/* The site a heap call made here belongs to: the token the instrumented
   code left (the site slot before the inner one), which the call consumes,
   or else RETURN_ADDRESS with the innermost frame.  */
static int64_t
take_site (const void *return_address)
{
  const char *token = __escape_profile_site;
  if (!token)
    token = __escape_profile_inner;
  __escape_profile_site = 0;
  __escape_profile_inner = 0;
  if (token)
    return site_index (token, NULL, 0);
  return site_index (return_address, innermost_fn (), 1);
}

static int
size_bucket (size_t n)
{
  if (n <= 1)
    return 0;
  int bucket = 64 - __builtin_clzl (n - 1);
  return bucket < SIZE_BUCKETS - 1 ? bucket : SIZE_BUCKETS - 1;
}

static void
count_site_call (struct site *s, size_t n)
{
  count (&s->calls, 1);
  count (&s->bytes, n);
  count (&s->sizes[size_bucket (n)], 1);
}

static void
count_life (struct site *s, enum life_class c, size_t size)
{
  int large = size > s->max_size;
  count (&s->life[c].blocks[large], 1);
  count (&s->life[c].bytes[large], size);
}

/* The block table.  */

static struct stripe *
stripe_of (uintptr_t address, uint64_t *hash)
{
  *hash = mix (address);
  return &stripes[*hash >> 56];
}

/* The slot of ADDRESS in S, or of the empty slot where it would go.  */
static size_t
slot_of (const struct stripe *s, uintptr_t address, uint64_t hash)
{
  size_t mask = s->capacity - 1;
  size_t i = hash & mask;
  while (s->blocks[i].address && s->blocks[i].address != address)
    i = (i + 1) & mask;
  return i;
}

/* Doubles S's table (or makes its first one); false when out of memory.  */
static int
grow_stripe (struct stripe *s)
{
  size_t capacity = s->capacity ? 2 * s->capacity : STRIPE_INITIAL_CAPACITY;
  struct block *blocks = map_zeroed (capacity * sizeof *blocks);
  if (!blocks)
    return 0;
  struct stripe bigger = { 0, capacity, s->count, blocks };
  for (size_t i = 0; i < s->capacity; i++)
    {
      uintptr_t address = s->blocks[i].address;
      if (address)
	blocks[slot_of (&bigger, address, mix (address))] = s->blocks[i];
    }
  if (s->blocks)
    munmap (s->blocks, s->capacity * sizeof *s->blocks);
  s->capacity = capacity;
  s->blocks = blocks;
  return 1;
}

/* Stores B; false when the table cannot take it.  A block already at its
   address (freed while the runtime was busy) is replaced.  */
static int
insert_block (const struct block *b)
{
  uint64_t hash;
  struct stripe *s = stripe_of (b->address, &hash);
  int stored = 1;
  lock (&s->lock);
  if (4 * (s->count + 1) > 3 * s->capacity)
    stored = grow_stripe (s);
  if (stored)
    {
      struct block *slot = &s->blocks[slot_of (s, b->address, hash)];
      s->count += !slot->address;
      *slot = *b;
    }
  unlock (&s->lock);
  return stored;
}

/* Closes the gap at HOLE left by a removal, so that probing stays correct
   without tombstones (linear probing's backward shift).  */
static void
close_gap (struct stripe *s, size_t hole)
{
  size_t mask = s->capacity - 1;
  for (size_t i = (hole + 1) & mask; s->blocks[i].address; i = (i + 1) & mask)
    {
      size_t home = mix (s->blocks[i].address) & mask;
      if (((i - home) & mask) >= ((i - hole) & mask))
	{
	  s->blocks[hole] = s->blocks[i];
	  hole = i;
	}
    }
  s->blocks[hole].address = 0;
}

/* Takes the block at ADDRESS out of the table into *B; false if untracked.  */
static int
remove_block (uintptr_t address, struct block *b)
{
  uint64_t hash;
  struct stripe *s = stripe_of (address, &hash);
  int found = 0;
  lock (&s->lock);
  if (s->blocks)
    {
      size_t i = slot_of (s, address, hash);
      found = s->blocks[i].address != 0;
      if (found)
	{
	  *b = s->blocks[i];
	  close_gap (s, i);
	  s->count--;
	}
    }
  unlock (&s->lock);
  return found;
}

/* Births and deaths.  */

/* A frame that was at its place on the stack when B was born is still
   there if no frame pushed since, with a larger serial, took the place;
   frames of another thread are not this one's.  */
static enum life_class
life_class (const struct block *b)
{
  if (b->born >> SERIAL_THREAD_SHIFT != self.last_serial >> SERIAL_THREAD_SHIFT)
    return LATER;
  for (int up = 0; up < FRAMES_UP; up++)
    {
      uint64_t serial = serial_of_frame (b->depth - 1 - up);
      if (serial && serial <= b->born)
	return (enum life_class) up;
    }
  return LATER;
}

static void
record_birth (void *p, size_t n, int64_t site)
{
  struct block b = { (uintptr_t) p, self.last_serial, n, (uint32_t) site,
		     self.depth };
  if (!insert_block (&b))
    count_atomic (&untracked);
}

static void
count_death (const struct block *b)
{
  count_life (&sites[b->site], life_class (b), b->max_size);
}

static void
record_death (void *p)
{
  struct block b;
  count (&frees, 1);
  if (remove_block ((uintptr_t) p, &b))
    count_death (&b);
}

/* Enters the runtime for a heap call of KIND: counts it, and returns whether
   it is to be tracked (the caller then calls leave_runtime), or false when
   profiling is off or the runtime is already busy on this thread.  */
static void read_environment (void);

static int
enter_runtime (enum call_kind kind)
{
  if (__builtin_expect (profiling < 0, 0))
    read_environment ();
  if (!profiling)
    return 0;
  count_atomic (&totals[kind]);
  if (self.busy)
    {
      count_atomic (&untracked);
      return 0;
    }
  self.busy = 1;
  return 1;
}

static void
leave_runtime (void)
{
  self.busy = 0;
}

/* A heap call of KIND that asked for N bytes and returned the new block P
   (null if it failed); RETURN_ADDRESS names a lib site.  */
static void *
birth (enum call_kind kind, void *p, size_t n, const void *return_address)
{
  if (!enter_runtime (kind))
    return p;
  int64_t site = take_site (return_address);
  if (site < 0)
    count_atomic (&untracked);
  else
    {
      count_site_call (&sites[site], n);
      if (p)
	record_birth (p, n, site);
    }
  leave_runtime ();
  return p;
}

/* The interposed allocator.  */

EXPORT void *
malloc (size_t n)
{
  return birth (MALLOC, __libc_malloc (n), n, __builtin_return_address (0));
}

EXPORT void *
calloc (size_t n, size_t size)
{
  size_t bytes;
  if (__builtin_mul_overflow (n, size, &bytes))
    bytes = SIZE_MAX;
  return birth (CALLOC, __libc_calloc (n, size), bytes,
		__builtin_return_address (0));
}

EXPORT void
free (void *p)
{
  if (p && profiling > 0 && !self.busy)
    {
      /* glibc reads the chunk's header, which for a block freed long after
	 its birth is as far from the cache as the block's record: both
	 misses are then waited for at once.  */
      __builtin_prefetch ((char *) p - sizeof (size_t));
      self.busy = 1;
      record_death (p);
      self.busy = 0;
    }
  __libc_free (p);
}

/* Puts back the record B of a block after a realloc to N bytes that
   returned Q: at Q with its birth site and frames, or where it was if the
   realloc failed.  */
static void
keep_block (struct block *b, void *q, size_t n)
{
  if (q)
    {
      b->address = (uintptr_t) q;
      if (n > b->max_size)
	b->max_size = n;
    }
  if (!insert_block (b))
    count_atomic (&untracked);
}

EXPORT void *
realloc (void *p, size_t n)
{
  if (!p)
    return birth (REALLOC, __libc_realloc (p, n), n,
		  __builtin_return_address (0));
  if (!enter_runtime (REALLOC))
    return __libc_realloc (p, n);
  int64_t site = take_site (__builtin_return_address (0));
  if (site < 0)
    count_atomic (&untracked);
  else
    count_site_call (&sites[site], n);
  /* The record leaves the table before glibc frees or moves the block:
     another thread may be given its address at once.  For a size of 0
     glibc frees it.  */
  struct block b;
  int tracked = remove_block ((uintptr_t) p, &b);
  void *q = __libc_realloc (p, n);
  if (n == 0)
    count (&frees, 1);
  if (tracked && n == 0)
    count_death (&b);
  else if (tracked)
    keep_block (&b, q, n);
  leave_runtime ();
  return q;
}

/* Like glibc's, a realloc after an overflow check; the tail call keeps the
   caller's return address for a lib site, and lets a counter in front see
   it as the realloc it is.  */
EXPORT void *
reallocarray (void *p, size_t n, size_t size)
{
  size_t bytes;
  if (__builtin_mul_overflow (n, size, &bytes))
    {
      errno = ENOMEM;
      return NULL;
    }
  return realloc (p, bytes);
}

EXPORT void *
memalign (size_t alignment, size_t n)
{
  return birth (ALIGNED, __libc_memalign (alignment, n), n,
		__builtin_return_address (0));
}

/* glibc 2.36's aligned_alloc is memalign.  */
EXPORT void *
aligned_alloc (size_t alignment, size_t n)
{
  return birth (ALIGNED, __libc_memalign (alignment, n), n,
		__builtin_return_address (0));
}

EXPORT void *
valloc (size_t n)
{
  return birth (ALIGNED, __libc_valloc (n), n, __builtin_return_address (0));
}

EXPORT void *
pvalloc (size_t n)
{
  return birth (ALIGNED, __libc_pvalloc (n), n, __builtin_return_address (0));
}

EXPORT int
posix_memalign (void **result, size_t alignment, size_t n)
{
  void *p = NULL;
  int error = 0;
  if (alignment % sizeof (void *) || alignment & (alignment - 1))
    error = EINVAL;
  else
    {
      int saved = errno;
      p = __libc_memalign (alignment, n);
      errno = saved;
      error = p ? 0 : ENOMEM;
    }
  birth (ALIGNED, p, n, __builtin_return_address (0));
  if (p)
    *result = p;
  return error;
}

/* The profile file.  */

struct out
{
  int fd;
  size_t length;
  char buffer[16384];
};

static void
flush (struct out *o)
{
  size_t done = 0;
  while (done < o->length)
    {
      ssize_t n = write (o->fd, o->buffer + done, o->length - done);
      if (n <= 0 && errno != EINTR)
	break;
      done += n > 0 ? (size_t) n : 0;
    }
  o->length = 0;
}

static void __attribute__ ((format (printf, 2, 3)))
put (struct out *o, const char *format, ...)
{
  va_list ap;
  for (int tries = 0; tries < 2; tries++)
    {
      size_t room = sizeof o->buffer - o->length;
      va_start (ap, format);
      int n = vsnprintf (o->buffer + o->length, room, format, ap);
      va_end (ap);
      if (n >= 0 && (size_t) n < room)
	{
	  o->length += n;
	  return;
	}
      flush (o);
    }
}

/* Replaces tabs and newlines in S (LENGTH bytes), and its NULs when
   NULS_TOO, by spaces: what makes a field of /proc's text.  */
static void
spaces_for_separators (char *s, size_t length, int nuls_too)
{
  for (size_t i = 0; i < length; i++)
    if (s[i] == '\t' || s[i] == '\n' || (nuls_too && !s[i]))
      s[i] = ' ';
}

/* The program's executable, into EXE of PATH_MAX bytes.  */
static const char *
read_exe (char *exe)
{
  ssize_t n = readlink ("/proc/self/exe", exe, PATH_MAX - 1);
  exe[n > 0 ? n : 0] = 0;
  spaces_for_separators (exe, strlen (exe), 0);
  return exe;
}

static void
put_process (struct out *o)
{
  char exe[PATH_MAX];
  char args[8192] = "";
  read_exe (exe);
  int fd = open ("/proc/self/cmdline", O_RDONLY | O_CLOEXEC);
  ssize_t n = fd < 0 ? 0 : read (fd, args, sizeof args - 1);
  if (fd >= 0)
    close (fd);
  n = n > 0 ? n : 0;
  while (n > 0 && !args[n - 1])
    n--;
  args[n] = 0;
  spaces_for_separators (args, n, 1);
  put (o, "process\t%d\t%d\t%s\t%s\n", (int) getpid (), (int) getppid (), exe,
       args);
}

static void
put_totals (struct out *o)
{
  unsigned long n[CALL_KINDS];
  for (int k = 0; k < CALL_KINDS; k++)
    n[k] = __atomic_load_n (&totals[k], __ATOMIC_RELAXED);
  put (o, "totals\t%lu\t%lu\t%lu\t%lu\t%lu\t%lu\t%lu\n",
       n[MALLOC] + n[CALLOC] + n[REALLOC] + n[ALIGNED], n[MALLOC], n[CALLOC],
       n[REALLOC], n[ALIGNED], frees, untracked);
}

static void
put_lib_site (struct out *o, unsigned id, const struct site *s)
{
  Dl_info info = { 0 };
  struct link_map *map = NULL;
  char exe[PATH_MAX];
  /* Fails for an object unloaded since.  */
  dladdr1 (s->key, &info, (void **) &map, RTLD_DL_LINKMAP);
  /* The main program's link map has no name (dladdr gives argv[0]).  Its
     load address is 0 unless it is PIE: the address addr2line wants.  */
  const char *object = !map ? "" : *map->l_name ? info.dli_fname
			: read_exe (exe);
  const char *caller = *s->caller ? s->caller : "\t";
  Dl_info entry = { 0 };
  dladdr (s->entry, &entry);
  put (o, "site\t%u\tlib\t%s\t%s\t%#lx\t%s\t%zu\n", id, object,
       entry.dli_sname ? entry.dli_sname : "",
       (unsigned long) ((uintptr_t) s->key - (map ? map->l_addr : 0)),
       caller, s->max_size);
}

static void
put_site (struct out *o, unsigned id, const struct site *s,
	  const struct life *never)
{
  if (s->lib)
    put_lib_site (o, id, s);
  else
    put (o, "site\t%u\tsrc\t%s\n", id, (const char *) s->key);
  put (o, "calls\t%u\t%lu\t%lu\n", id, s->calls, s->bytes);
  for (int c = 0; c < CLASSES; c++)
    {
      const struct life *l = c == NEVER ? never : &s->life[c];
      put (o, "life\t%u\t%s\t%lu\t%lu\t%lu\t%lu\n", id, class_names[c],
	   l->blocks[0], l->bytes[0], l->blocks[1], l->bytes[1]);
    }
  put (o, "sizes\t%u", id);
  for (int i = 0; i < SIZE_BUCKETS; i++)
    put (o, "\t%lu", s->sizes[i]);
  put (o, "\n");
}

/* The blocks still live, by site, into NEVER (mapped, one per site).  */
static void
count_never (struct life *never)
{
  for (int i = 0; i < STRIPES; i++)
    {
      struct stripe *s = &stripes[i];
      lock (&s->lock);
      for (size_t j = 0; j < s->capacity; j++)
	if (s->blocks[j].address)
	  {
	    const struct block *b = &s->blocks[j];
	    int large = b->max_size > sites[b->site].max_size;
	    never[b->site].blocks[large]++;
	    never[b->site].bytes[large] += b->max_size;
	  }
      unlock (&s->lock);
    }
}

static void
put_profile (struct out *o)
{
  put (o, "escape-profile\t1\n");
  put_process (o);
  put_totals (o);
  size_t never_size = SITE_CAPACITY * sizeof (struct life);
  struct life *never = map_zeroed (never_size);
  if (!never)
    return;
  count_never (never);
  uint32_t n = __atomic_load_n (&site_count, __ATOMIC_ACQUIRE);
  for (uint32_t id = 1; id <= n; id++)
    {
      uint32_t i = site_list[id - 1];
      put_site (o, id, &sites[i], &never[i]);
    }
  munmap (never, never_size);
}

/* Makes DIR and its missing parents.  */
static void
make_directory (const char *dir)
{
  char path[PATH_MAX];
  size_t length = strlen (dir);
  if (length >= sizeof path)
    return;
  memcpy (path, dir, length + 1);
  for (char *slash = path + 1; (slash = strchr (slash, '/')); slash++)
    {
      *slash = 0;
      mkdir (path, 0777);
      *slash = '/';
    }
  mkdir (path, 0777);
}

/* Creates DIR/NAME.PID.prof, or DIR/NAME.PID.N.prof when taken, into PATH.  */
static int
create_profile_file (char *path, size_t size)
{
  const char *dir = profile_dir;
  make_directory (dir);
  for (unsigned n = 0; n < 1000; n++)
    {
      char number[16] = "";
      if (n)
	snprintf (number, sizeof number, ".%u", n);
      int length = snprintf (path, size, "%s/%s.%d%s.prof", dir,
			     program_invocation_short_name, (int) getpid (),
			     number);
      if (length < 0 || (size_t) length >= size)
	return -1;
      int fd = open (path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
      if (fd >= 0 || errno != EEXIST)
	return fd;
    }
  return -1;
}

/* The path of the last profile written, to unlink if exec fails.  */
static char written_path[PATH_MAX];

static void
write_profile (void)
{
  if (profiling <= 0 || written || getpid () != profiled_pid)
    return;
  int busy = self.busy;
  self.busy = 1;
  static struct out o;
  o.fd = create_profile_file (written_path, sizeof written_path);
  o.length = 0;
  if (o.fd >= 0)
    {
      put_profile (&o);
      flush (&o);
      close (o.fd);
    }
  self.busy = busy;
}

/* Process life.  */

/* Keeps DIR in profile_dir, made absolute: the program may change its
   working directory before it writes the profile.  False if too long.  */
static int
keep_profile_dir (const char *dir)
{
  size_t length = 0;
  if (*dir != '/' && getcwd (profile_dir, sizeof profile_dir))
    {
      length = strlen (profile_dir);
      profile_dir[length++] = '/';
    }
  if (length + strlen (dir) >= sizeof profile_dir)
    return 0;
  strcpy (profile_dir + length, dir);
  return 1;
}

static void
read_environment (void)
{
  const char *dir = getenv ("ESCAPE_PROFILE");
  int on = 0;
  if (dir && *dir && keep_profile_dir (dir))
    {
      sites = map_zeroed (SITE_CAPACITY * sizeof *sites);
      on = sites != NULL;
    }
  profiled_pid = getpid ();
  __atomic_store_n (&profiling, on, __ATOMIC_RELEASE);
}

/* A child made by fork reports only what it does itself.  */
static void
start_empty (void)
{
  for (int i = 0; i < STRIPES; i++)
    {
      struct stripe *s = &stripes[i];
      if (s->blocks)
	munmap (s->blocks, s->capacity * sizeof *s->blocks);
      memset (s, 0, sizeof *s);
    }
  munmap (sites, SITE_CAPACITY * sizeof *sites);
  sites_lock = 0;
  site_count = 0;
  memset (totals, 0, sizeof totals);
  frees = untracked = 0;
  written = 0;
  read_environment ();
}

__attribute__ ((constructor)) static void
start (void)
{
  if (profiling < 0)
    read_environment ();

  if (profiling)
    pthread_atfork (NULL, NULL, start_empty);
}

__attribute__ ((destructor)) static void
finish (void)
{
  write_profile ();
  written = 1;
}

/* _exit and exec end the process image without running destructors.  */

/* The next definition of NAME after this library (glibc's).  */
static void *
next_function (const char *name)
{
  return dlsym (RTLD_NEXT, name);
}

EXPORT void
_exit (int status)
{
  void (*next) (int) = next_function ("_exit");
  write_profile ();
  next (status);
  __builtin_unreachable ();
}

EXPORT void
_Exit (int status)
{
  _exit (status);
}

/* Writes the profile before an exec.  */
static void
before_exec (void)
{
  written_path[0] = 0;
  write_profile ();
}

/* Removes the profile again after an exec that failed, since the process
   goes on; returns the exec's result R.  */
static int
after_failed_exec (int r)
{
  int saved = errno;
  if (written_path[0])
    unlink (written_path);
  errno = saved;
  return r;
}

typedef int exec_argv_function (const char *, char *const[]);
typedef int exec_envp_function (const char *, char *const[], char *const[]);

/* The exec function NAME that takes FILE and ARGV.  */
static int
exec_argv (const char *name, const char *file, char *const argv[])
{
  exec_argv_function *next = next_function (name);
  before_exec ();
  return after_failed_exec (next (file, argv));
}

/* The exec function NAME that takes FILE, ARGV and ENVP.  */
static int
exec_envp (const char *name, const char *file, char *const argv[],
	   char *const envp[])
{
  exec_envp_function *next = next_function (name);
  before_exec ();
  return after_failed_exec (next (file, argv, envp));
}

EXPORT int
execve (const char *path, char *const argv[], char *const envp[])
{
  return exec_envp ("execve", path, argv, envp);
}

EXPORT int
execvpe (const char *file, char *const argv[], char *const envp[])
{
  return exec_envp ("execvpe", file, argv, envp);
}

EXPORT int
execv (const char *path, char *const argv[])
{
  return exec_argv ("execv", path, argv);
}

EXPORT int
execvp (const char *file, char *const argv[])
{
  return exec_argv ("execvp", file, argv);
}

EXPORT int
fexecve (int fd, char *const argv[], char *const envp[])
{
  int (*next) (int, char *const[], char *const[]) = next_function ("fexecve");
  before_exec ();
  return after_failed_exec (next (fd, argv, envp));
}

/* The execl family passes its arguments on as an array, to the next exec
   function NAME of the same kind that takes one.  */
#define MAX_EXEC_ARGS 4096

/* Execs FILE with ARG and the arguments in *AP after it, up to the null,
   and with the environment that follows the null when WITH_ENVP.  */
static int
exec_list (const char *name, const char *file, const char *arg, va_list *ap,
	   int with_envp)
{
  char *argv[MAX_EXEC_ARGS];
  int n = 0;
  argv[n] = (char *) arg;
  while (argv[n] && n < MAX_EXEC_ARGS - 1)
    argv[++n] = va_arg (*ap, char *);
  argv[n] = NULL;
  if (with_envp)
    return exec_envp (name, file, argv, va_arg (*ap, char *const *));
  return exec_argv (name, file, argv);
}

#define EXEC_LIST(FUNCTION, NAME, WITH_ENVP)                            \
  EXPORT int                                                            \
  FUNCTION (const char *file, const char *arg, ...)                     \
  {                                                                     \
    va_list ap;                                                         \
    va_start (ap, arg);                                                 \
    int r = exec_list (NAME, file, arg, &ap, WITH_ENVP);                \
    va_end (ap);                                                        \
    return r;                                                           \
  }

EXEC_LIST (execl, "execv", 0)
EXEC_LIST (execlp, "execvp", 0)
EXEC_LIST (execle, "execve", 1)
