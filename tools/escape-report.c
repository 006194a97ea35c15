/* escape-report: the report of the heap lifetime profile (issue 24).

   Usage: escape-report [--json | --html FILE] [--max-size N] [--top N]
                        [--per-process] [--source-root DIR]... PROFILE...

   Reads the .prof files the profiling runtime writes (a PROFILE that is a
   directory stands for every *.prof inside it, in name order), in the format
   runtime/escape-profile.h fixes.  Each file is parsed strictly: a line that
   does not fit the format is an error naming FILE:LINE (exit status 2).

   The processes are merged into one report (--per-process: one report per
   process, that is per file).  Sites merge across processes by what the user
   can look up: a src site by FILE:LINE:COLUMN and FUNCTION (its verdicts kept
   apart with their own call counts, since one inlined copy may be moved and
   another kept), a lib site by OBJECT and SYMBOL (its callers listed; one
   without a symbol also by OFFSET, and resolved with addr2line when it is in
   the program's own executable).

   Per site the report counts heap calls, bytes, blocks by lifetime class
   (k0 k1 k2 k3 k4 later never) split at max-size into small and large, and
   the size distribution; its GAIN is the heap calls that could go to the
   stack: the small k0 blocks of a src site (with --max-size N, only of sites
   profiled with a max-size of at most N, since a larger one's small blocks
   may exceed N).  Sites sort by gain, then heap calls, then location.

   Output: terminal text (the totals, the top --top sites, default 20, in a
   table, and a few of them explained), --json (one document with every
   site), or --html FILE (one self-contained page: the data embedded as JSON,
   rendered by inline script into a sortable table whose rows open onto the
   site's source, lifetime and size histograms and verdict).  */

#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#define N_CLASSES 7
#define N_BUCKETS 41
#define N_TOTALS 7
#define CONTEXT_LINES 3
#define EXPLAINED_SITES 5
#define MAX_SOURCE_LINE 400

typedef unsigned long long u64;

static const char *const class_names[N_CLASSES]
  = { "k0", "k1", "k2", "k3", "k4", "later", "never" };
static const char *const total_names[N_TOTALS]
  = { "heap_calls", "malloc", "calloc", "realloc", "aligned", "frees",
      "untracked" };

enum verdict_kind
{
  V_MOVED, V_MOVED_INLINED, V_MOVED_LTO, V_KEPT, V_ESCAPES, V_CALL, N_VERDICTS
};
static const char *const verdict_tokens[N_VERDICTS]
  = { "moved", "moved-inlined", "moved-lto", "kept", "escapes", "call" };

enum output_kind { OUT_TEXT, OUT_JSON, OUT_HTML };

struct options
{
  enum output_kind output;
  const char *html_file;
  u64 max_size;			/* 0: every site's own */
  u64 top;
  int per_process;
  const char *source_roots[16];	/* --source-root, in the order given */
  size_t n_source_roots;
};

static struct options opts = { OUT_TEXT, NULL, 0, 20, 0, { NULL }, 0 };

/* Blocks and bytes of one lifetime class: [0] small, [1] large.  */
struct life
{
  u64 blocks[2], bytes[2];
};

struct verdict
{
  enum verdict_kind kind;
  char *explanation;
  u64 calls;
};

struct caller
{
  char *function, *file;
  u64 calls;
};

struct site
{
  int is_lib;
  char *file, *function, *call;	/* src */
  unsigned long line, column;
  char *object, *symbol, *offset;	/* lib */
  int in_exe;			/* lib without symbol in the executable */
  char *resolved_function, *resolved_location;
  char *dir;			/* directory of the first profile naming it */
  u64 max_size, calls, bytes, gain;
  struct verdict *verdicts;
  size_t n_verdicts;
  struct caller *callers;
  size_t n_callers;
  struct life life[N_CLASSES];
  u64 sizes[N_BUCKETS];
};

struct process
{
  char *pid, *ppid, *exe, *args, *profile;
  u64 totals[N_TOTALS];
};

/* A string-keyed hash table (open addressing).  */
struct map
{
  char **keys;
  void **values;
  size_t cap, n;
};

struct report
{
  struct process *procs;
  size_t n_procs;
  struct site **sites;
  size_t n_sites;
  struct map index;
};

/* Where an ID of the file being read points: a site and its verdict
   (src) or caller (lib), and which of its records were seen.  */
struct binding
{
  struct site *site;
  size_t sub;
  int seen_calls, seen_sizes, seen_life[N_CLASSES];
};

struct reader
{
  const char *path;
  char *dir;
  unsigned long lineno;
  char **fields;
  size_t n_fields;
  struct report *report;
  struct process *process;
  int seen_totals;
  struct map ids;
};

/* ---- Errors and memory.  */

/* Say "escape-report: WHERE" and the message, then AFTER; exit 2.  */
static void __attribute__ ((noreturn))
fail (const char *where, const char *after, const char *fmt, va_list ap)
{
  fprintf (stderr, "escape-report: %s", where);
  vfprintf (stderr, fmt, ap);
  fprintf (stderr, "\n%s", after);
  exit (2);
}

static void __attribute__ ((noreturn, format (printf, 1, 2)))
die (const char *fmt, ...)
{
  va_list ap;
  va_start (ap, fmt);
  fail ("", "", fmt, ap);
}

static void __attribute__ ((noreturn, format (printf, 2, 3)))
malformed (const struct reader *r, const char *fmt, ...)
{
  char where[PATH_MAX + 32];
  va_list ap;
  snprintf (where, sizeof where, "%s:%lu: ", r->path, r->lineno);
  va_start (ap, fmt);
  fail (where, "", fmt, ap);
}

static void *
xrealloc (void *p, size_t size)
{
  p = realloc (p, size);
  if (!p)
    die ("out of memory");
  return p;
}

static void *
xcalloc (size_t n, size_t size)
{
  void *p = calloc (n, size);
  if (!p)
    die ("out of memory");
  return p;
}

static char *
xstrdup (const char *s)
{
  return strcpy (xrealloc (NULL, strlen (s) + 1), s);
}

/* Make room for element N of ARRAY: the capacity doubles at powers of two.  */
static void *
grow (void *array, size_t n, size_t size)
{
  if (n == 0 || (n & (n - 1)) == 0)
    array = xrealloc (array, (n ? 2 * n : 1) * size);
  return array;
}

/* Text written to a FILE * and taken back as a string.  */
struct text
{
  char *s;
  size_t len;
  FILE *f;
};

static FILE *
text_open (struct text *t)
{
  t->f = open_memstream (&t->s, &t->len);
  if (!t->f)
    die ("out of memory");
  return t->f;
}

static char *
text_close (struct text *t)
{
  fclose (t->f);
  return t->s;
}

/* ---- The hash table.  */

static size_t
hash_string (const char *s)
{
  size_t h = 14695981039346656037ULL;
  for (; *s; s++)
    h = (h ^ (unsigned char) *s) * 1099511628211ULL;
  return h;
}

static size_t
map_find (const struct map *m, const char *key)
{
  size_t i = hash_string (key) & (m->cap - 1);
  while (m->keys[i] && strcmp (m->keys[i], key) != 0)
    i = (i + 1) & (m->cap - 1);
  return i;
}

static void *
map_get (const struct map *m, const char *key)
{
  if (m->cap == 0)
    return NULL;
  size_t i = map_find (m, key);
  return m->keys[i] ? m->values[i] : NULL;
}

static void map_put (struct map *m, const char *key, void *value);

static void
map_rehash (struct map *m)
{
  struct map old = *m;
  m->cap = old.cap ? 2 * old.cap : 64;
  m->keys = xcalloc (m->cap, sizeof *m->keys);
  m->values = xcalloc (m->cap, sizeof *m->values);
  m->n = 0;
  for (size_t i = 0; i < old.cap; i++)
    if (old.keys[i])
      map_put (m, old.keys[i], old.values[i]);
  free (old.keys);
  free (old.values);
}

static void
map_put (struct map *m, const char *key, void *value)
{
  if (2 * (m->n + 1) > m->cap)
    map_rehash (m);
  size_t i = map_find (m, key);
  if (!m->keys[i])
    {
      m->keys[i] = xstrdup (key);
      m->n++;
    }
  m->values[i] = value;
}

/* ---- Parsing fields.  */

static void
split_fields (struct reader *r, char *line)
{
  r->n_fields = 0;
  for (char *p = line;; p++)
    {
      r->fields = grow (r->fields, r->n_fields, sizeof *r->fields);
      r->fields[r->n_fields++] = p;
      p = strchr (p, '\t');
      if (!p)
	break;
      *p = 0;
    }
}

static void
expect_fields (const struct reader *r, size_t n, const char *what)
{
  if (r->n_fields != n)
    malformed (r, "a %s record has %zu fields, not %zu", what, r->n_fields,
	       n);
}

static int
parse_u64 (const char *s, int base, u64 *value)
{
  char *end;
  if (!*s || *s == '-' || *s == '+' || *s == ' ')
    return 0;
  errno = 0;
  *value = strtoull (s, &end, base);
  return !*end && errno == 0;
}

static u64
number_field (const struct reader *r, size_t i, const char *what)
{
  u64 value;
  if (!parse_u64 (r->fields[i], 10, &value))
    malformed (r, "%s '%s' is not a whole number", what, r->fields[i]);
  return value;
}

static struct binding *
binding_of (const struct reader *r)
{
  struct binding *b = map_get (&r->ids, r->fields[1]);
  if (!b)
    malformed (r, "site ID '%s' has no site record before it", r->fields[1]);
  return b;
}

static void
once (const struct reader *r, int *seen, const char *what)
{
  if (*seen)
    malformed (r, "a second %s record", what);
  *seen = 1;
}

/* ---- Records.  */

static void
read_process (struct reader *r)
{
  expect_fields (r, 5, "process");
  if (r->process)
    malformed (r, "a second process record: a file holds one process");
  struct report *rep = r->report;
  rep->procs = grow (rep->procs, rep->n_procs, sizeof *rep->procs);
  r->process = memset (&rep->procs[rep->n_procs++], 0, sizeof *r->process);
  number_field (r, 1, "PID");
  number_field (r, 2, "PPID");
  r->process->pid = xstrdup (r->fields[1]);
  r->process->ppid = xstrdup (r->fields[2]);
  r->process->exe = xstrdup (r->fields[3]);
  r->process->args = xstrdup (r->fields[4]);
  r->process->profile = xstrdup (r->path);
}

static void
read_totals (struct reader *r)
{
  expect_fields (r, 1 + N_TOTALS, "totals");
  if (!r->process)
    malformed (r, "totals before the process record");
  once (r, &r->seen_totals, "totals");
  for (int i = 0; i < N_TOTALS; i++)
    r->process->totals[i] = number_field (r, 1 + i, total_names[i]);
  u64 *t = r->process->totals;
  if (t[0] != t[1] + t[2] + t[3] + t[4])
    malformed (r, "HEAP-CALLS %llu is not MALLOC + CALLOC + REALLOC + ALIGNED",
	       t[0]);
}

/* The site of KEY in the report, made if it is not there yet.  */
static struct site *
find_site (struct reader *r, const char *key, u64 max_size)
{
  struct report *rep = r->report;
  struct site *s = map_get (&rep->index, key);
  if (!s)
    {
      s = xcalloc (1, sizeof *s);
      s->dir = r->dir;
      map_put (&rep->index, key, s);
      rep->sites = grow (rep->sites, rep->n_sites, sizeof *rep->sites);
      rep->sites[rep->n_sites++] = s;
    }
  if (max_size > s->max_size)
    s->max_size = max_size;
  return s;
}

static enum verdict_kind
verdict_field (const struct reader *r, size_t i)
{
  for (int k = 0; k < N_VERDICTS; k++)
    if (strcmp (r->fields[i], verdict_tokens[k]) == 0)
      return k;
  malformed (r, "unknown verdict '%s'", r->fields[i]);
}

static size_t
add_verdict (struct site *s, enum verdict_kind kind, const char *explanation)
{
  for (size_t i = 0; i < s->n_verdicts; i++)
    if (s->verdicts[i].kind == kind
	&& strcmp (s->verdicts[i].explanation, explanation) == 0)
      return i;
  s->verdicts = grow (s->verdicts, s->n_verdicts, sizeof *s->verdicts);
  s->verdicts[s->n_verdicts] = (struct verdict) { kind, xstrdup (explanation), 0 };
  return s->n_verdicts++;
}

static size_t
add_caller (struct site *s, const char *function, const char *file)
{
  for (size_t i = 0; i < s->n_callers; i++)
    if (strcmp (s->callers[i].function, function) == 0
	&& strcmp (s->callers[i].file, file) == 0)
      return i;
  s->callers = grow (s->callers, s->n_callers, sizeof *s->callers);
  s->callers[s->n_callers] = (struct caller) { xstrdup (function), xstrdup (file), 0 };
  return s->n_callers++;
}

/* site ID src FILE LINE COLUMN FUNCTION CALL MAX-SIZE VERDICT EXPLANATION */
static struct binding
read_src_site (struct reader *r)
{
  char **f = r->fields;
  expect_fields (r, 11, "src site");
  u64 line = number_field (r, 4, "LINE");
  u64 column = number_field (r, 5, "COLUMN");
  u64 max_size = number_field (r, 8, "MAX-SIZE");
  enum verdict_kind kind = verdict_field (r, 9);
  struct text key;
  fprintf (text_open (&key), "src\t%s\t%llu\t%llu\t%s", f[3], line, column,
	   f[6]);
  struct site *s = find_site (r, text_close (&key), max_size);
  free (key.s);
  if (!s->file)
    {
      s->file = xstrdup (f[3]);
      s->line = line;
      s->column = column;
      s->function = xstrdup (f[6]);
      s->call = xstrdup (f[7]);
    }
  return (struct binding) { s, add_verdict (s, kind, f[10]), 0, 0, { 0 } };
}

/* site ID lib OBJECT SYMBOL OFFSET CALLER-FUNCTION CALLER-FILE MAX-SIZE */
static struct binding
read_lib_site (struct reader *r)
{
  char **f = r->fields;
  u64 offset;
  expect_fields (r, 9, "lib site");
  const char *hex = strncmp (f[5], "0x", 2) == 0 ? f[5] + 2 : f[5];
  if (!parse_u64 (hex, 16, &offset))
    malformed (r, "OFFSET '%s' is not a hexadecimal number", f[5]);
  u64 max_size = number_field (r, 8, "MAX-SIZE");
  struct text key;
  fprintf (text_open (&key), "lib\t%s\t%s\t%s", f[3], f[4],
	   *f[4] ? "" : f[5]);
  struct site *s = find_site (r, text_close (&key), max_size);
  free (key.s);
  if (!s->object)
    {
      s->is_lib = 1;
      s->object = xstrdup (f[3]);
      s->symbol = xstrdup (f[4]);
      s->offset = xstrdup (f[5]);
      s->in_exe = !*f[4] && strcmp (f[3], r->process->exe) == 0;
    }
  return (struct binding) { s, add_caller (s, f[6], f[7]), 0, 0, { 0 } };
}

static void
read_site (struct reader *r)
{
  if (r->n_fields < 3)
    malformed (r, "a site record needs an ID and a kind");
  if (!r->process)
    malformed (r, "a site record before the process record");
  number_field (r, 1, "site ID");
  if (map_get (&r->ids, r->fields[1]))
    malformed (r, "site ID %s is defined twice", r->fields[1]);
  struct binding b;
  if (strcmp (r->fields[2], "src") == 0)
    b = read_src_site (r);
  else if (strcmp (r->fields[2], "lib") == 0)
    b = read_lib_site (r);
  else
    malformed (r, "site kind '%s' is neither src nor lib", r->fields[2]);
  struct binding *copy = xcalloc (1, sizeof *copy);
  *copy = b;
  map_put (&r->ids, r->fields[1], copy);
}

/* calls ID CALLS BYTES */
static void
read_calls (struct reader *r)
{
  expect_fields (r, 4, "calls");
  struct binding *b = binding_of (r);
  once (r, &b->seen_calls, "calls");
  u64 calls = number_field (r, 2, "CALLS");
  b->site->calls += calls;
  b->site->bytes += number_field (r, 3, "BYTES");
  if (b->site->is_lib)
    b->site->callers[b->sub].calls += calls;
  else
    b->site->verdicts[b->sub].calls += calls;
}

/* life ID CLASS BLOCKS-SMALL BYTES-SMALL BLOCKS-LARGE BYTES-LARGE */
static void
read_life (struct reader *r)
{
  expect_fields (r, 7, "life");
  struct binding *b = binding_of (r);
  int c = 0;
  while (c < N_CLASSES && strcmp (r->fields[2], class_names[c]) != 0)
    c++;
  if (c == N_CLASSES)
    malformed (r, "unknown lifetime class '%s'", r->fields[2]);
  once (r, &b->seen_life[c], "life");
  struct life *l = &b->site->life[c];
  l->blocks[0] += number_field (r, 3, "BLOCKS-SMALL");
  l->bytes[0] += number_field (r, 4, "BYTES-SMALL");
  l->blocks[1] += number_field (r, 5, "BLOCKS-LARGE");
  l->bytes[1] += number_field (r, 6, "BYTES-LARGE");
}

/* sizes ID B0 ... B40 */
static void
read_sizes (struct reader *r)
{
  expect_fields (r, 2 + N_BUCKETS, "sizes");
  struct binding *b = binding_of (r);
  once (r, &b->seen_sizes, "sizes");
  for (int i = 0; i < N_BUCKETS; i++)
    b->site->sizes[i] += number_field (r, 2 + i, "a size bucket");
}

static void
read_record (struct reader *r)
{
  static const struct
  {
    const char *name;
    void (*read) (struct reader *);
  } records[] = {
    { "process", read_process }, { "totals", read_totals },
    { "site", read_site }, { "calls", read_calls },
    { "life", read_life }, { "sizes", read_sizes },
  };
  for (size_t i = 0; i < sizeof records / sizeof *records; i++)
    if (strcmp (r->fields[0], records[i].name) == 0)
      {
	records[i].read (r);
	return;
      }
  malformed (r, "unknown record '%s'", r->fields[0]);
}

static char *
directory_of (const char *path)
{
  const char *slash = strrchr (path, '/');
  return slash ? strndup (path, slash - path + (slash == path)) : xstrdup (".");
}

static void
read_profile (const char *path, struct report *report)
{
  FILE *f = fopen (path, "r");
  if (!f)
    die ("cannot read %s: %s", path, strerror (errno));
  struct reader r = { .path = path, .dir = directory_of (path),
		      .report = report };
  char *line = NULL;
  size_t cap = 0;
  ssize_t len;
  while ((len = getline (&line, &cap, f)) >= 0)
    {
      r.lineno++;
      if (len > 0 && line[len - 1] == '\n')
	line[--len] = 0;
      if (strlen (line) != (size_t) len)
	malformed (&r, "a NUL byte in the line");
      split_fields (&r, line);
      if (r.lineno == 1
	  && (r.n_fields != 2 || strcmp (r.fields[0], "escape-profile") != 0
	      || strcmp (r.fields[1], "1") != 0))
	malformed (&r, "not an escape profile of version 1 "
		   "(the first line must be 'escape-profile<TAB>1')");
      if (r.lineno > 1)
	read_record (&r);
    }
  if (ferror (f))
    die ("cannot read %s: %s", path, strerror (errno));
  fclose (f);
  free (line);
  if (r.lineno == 0)
    die ("%s: empty, not an escape profile", path);
  if (!r.process || !r.seen_totals)
    malformed (&r, "the file ends without %s record",
	       r.process ? "a totals" : "a process");
}

/* ---- Collecting the profile files.  */

static int
is_profile_name (const struct dirent *e)
{
  size_t n = strlen (e->d_name);
  return n > 5 && strcmp (e->d_name + n - 5, ".prof") == 0;
}

static char **
add_path (char **paths, size_t *n, char *path)
{
  paths = grow (paths, *n, sizeof *paths);
  paths[(*n)++] = path;
  return paths;
}

static char **
expand_directory (const char *dir, char **paths, size_t *n)
{
  struct dirent **entries;
  int count = scandir (dir, &entries, is_profile_name, alphasort);
  if (count < 0)
    die ("cannot read directory %s: %s", dir, strerror (errno));
  if (count == 0)
    die ("no *.prof file in %s", dir);
  for (int i = 0; i < count; i++)
    {
      struct text path;
      fprintf (text_open (&path), "%s/%s", dir, entries[i]->d_name);
      paths = add_path (paths, n, text_close (&path));
      free (entries[i]);
    }
  free (entries);
  return paths;
}

static char **
profile_paths (char **args, int n_args, size_t *n)
{
  char **paths = NULL;
  *n = 0;
  for (int i = 0; i < n_args; i++)
    {
      struct stat st;
      if (stat (args[i], &st) != 0)
	die ("cannot read %s: %s", args[i], strerror (errno));
      if (S_ISDIR (st.st_mode))
	paths = expand_directory (args[i], paths, n);
      else
	paths = add_path (paths, n, xstrdup (args[i]));
    }
  return paths;
}

/* ---- Finishing a report: addr2line, gains, order.  */

/* Run addr2line on OBJECT and OFFSET; its two lines of output in OUT.  */
static int
run_addr2line (const char *object, const char *offset, char *out, size_t size)
{
  int fd[2];
  if (pipe (fd) != 0)
    return 0;
  pid_t pid = fork ();
  if (pid == 0)
    {
      int null = open ("/dev/null", O_WRONLY);
      dup2 (fd[1], 1);
      dup2 (null, 2);
      close (fd[0]);
      execlp ("addr2line", "addr2line", "-f", "-C", "-e", object, offset,
	      (char *) NULL);
      _exit (127);
    }
  close (fd[1]);
  size_t len = 0;
  ssize_t got;
  while (pid > 0 && len + 1 < size
	 && (got = read (fd[0], out + len, size - 1 - len)) > 0)
    len += got;
  out[len] = 0;
  close (fd[0]);
  int status = 0;
  if (pid > 0)
    waitpid (pid, &status, 0);
  return pid > 0 && WIFEXITED (status) && WEXITSTATUS (status) == 0;
}

static void
resolve_site (struct site *s)
{
  char out[4096];
  if (!run_addr2line (s->object, s->offset, out, sizeof out))
    return;
  char *location = strchr (out, '\n');
  if (!location)
    return;
  *location++ = 0;
  location[strcspn (location, " \n")] = 0;
  if (strcmp (out, "??") != 0)
    s->resolved_function = xstrdup (out);
  if (strncmp (location, "??", 2) != 0)
    s->resolved_location = xstrdup (location);
}

static int
by_calls (const void *a, const void *b)
{
  const struct verdict *x = a, *y = b;
  if (x->calls != y->calls)
    return x->calls < y->calls ? 1 : -1;
  return x->kind != y->kind ? (int) x->kind - (int) y->kind
    : strcmp (x->explanation, y->explanation);
}

static int
by_caller_calls (const void *a, const void *b)
{
  const struct caller *x = a, *y = b;
  if (x->calls != y->calls)
    return x->calls < y->calls ? 1 : -1;
  int c = strcmp (x->function, y->function);
  return c ? c : strcmp (x->file, y->file);
}

static int
compare_numbers (u64 a, u64 b)
{
  return a < b ? -1 : a > b;
}

static int
compare_locations (const struct site *x, const struct site *y)
{
  if (x->is_lib != y->is_lib)
    return x->is_lib - y->is_lib;
  if (x->is_lib)
    {
      int c = strcmp (x->object, y->object);
      c = c ? c : strcmp (x->symbol, y->symbol);
      return c ? c : strcmp (x->offset, y->offset);
    }
  int c = strcmp (x->file, y->file);
  c = c ? c : compare_numbers (x->line, y->line);
  c = c ? c : compare_numbers (x->column, y->column);
  return c ? c : strcmp (x->function, y->function);
}

static int
by_gain (const void *a, const void *b)
{
  const struct site *x = *(struct site *const *) a;
  const struct site *y = *(struct site *const *) b;
  int c = compare_numbers (y->gain, x->gain);
  c = c ? c : compare_numbers (y->calls, x->calls);
  return c ? c : compare_locations (x, y);
}

static void
finish_report (struct report *rep)
{
  for (size_t i = 0; i < rep->n_sites; i++)
    {
      struct site *s = rep->sites[i];
      if (s->in_exe)
	resolve_site (s);
      if (!s->is_lib && (!opts.max_size || s->max_size <= opts.max_size))
	s->gain = s->life[0].blocks[0];
      qsort (s->verdicts, s->n_verdicts, sizeof *s->verdicts, by_calls);
      qsort (s->callers, s->n_callers, sizeof *s->callers, by_caller_calls);
    }
  qsort (rep->sites, rep->n_sites, sizeof *rep->sites, by_gain);
}

/* ---- Totals.  */

struct totals
{
  u64 t[N_TOTALS];
  u64 own_calls, lib_calls, own_k0_small;
  size_t own_sites, lib_sites;
  struct life life[N_CLASSES];
};

static struct totals
sum_totals (const struct report *rep)
{
  struct totals t;
  memset (&t, 0, sizeof t);
  for (size_t i = 0; i < rep->n_procs; i++)
    for (int j = 0; j < N_TOTALS; j++)
      t.t[j] += rep->procs[i].totals[j];
  for (size_t i = 0; i < rep->n_sites; i++)
    {
      const struct site *s = rep->sites[i];
      *(s->is_lib ? &t.lib_calls : &t.own_calls) += s->calls;
      *(s->is_lib ? &t.lib_sites : &t.own_sites) += 1;
      t.own_k0_small += s->gain;
      for (int c = 0; c < N_CLASSES; c++)
	for (int k = 0; k < 2; k++)
	  {
	    t.life[c].blocks[k] += s->life[c].blocks[k];
	    t.life[c].bytes[k] += s->life[c].bytes[k];
	  }
    }
  return t;
}

static double
percent (u64 part, u64 whole)
{
  return whole ? 100.0 * part / whole : 0.0;
}

static u64
class_blocks (const struct life *l)
{
  return l->blocks[0] + l->blocks[1];
}

static u64
site_blocks (const struct site *s)
{
  u64 n = 0;
  for (int c = 0; c < N_CLASSES; c++)
    n += class_blocks (&s->life[c]);
  return n;
}

/* ---- Words shared by every output.  */

static const char *
base_name (const char *path)
{
  const char *slash = strrchr (path, '/');
  return slash ? slash + 1 : path;
}

static void
write_location (FILE *o, const struct site *s)
{
  if (!s->is_lib)
    fprintf (o, "%s:%lu:%lu", s->file, s->line, s->column);
  else if (s->resolved_location)
    fputs (s->resolved_location, o);
  else if (*s->symbol)
    fputs (base_name (s->object), o);
  else
    fprintf (o, "%s+%s", base_name (s->object), s->offset);
}

static const char *
site_function (const struct site *s)
{
  if (!s->is_lib)
    return s->function;
  if (*s->symbol)
    return s->symbol;
  return s->resolved_function ? s->resolved_function : "?";
}

static void
write_one_verdict (FILE *o, const struct verdict *v)
{
  static const char *const phrases[N_VERDICTS] = {
    "moved (first pass)", "moved after inlining", "moved at link time",
    "does not escape, not moved", "escapes", "call of allocation wrapper"
  };
  fputs (phrases[v->kind], o);
  if (*v->explanation)
    fprintf (o, v->kind == V_CALL ? " %s" : ": %s", v->explanation);
}

static void
write_verdict (FILE *o, const struct site *s)
{
  if (s->is_lib)
    {
      fprintf (o, "in %s", base_name (s->object));
      if (*s->symbol || s->resolved_function)
	fprintf (o, ", %s", site_function (s));
      if (s->resolved_location)
	fprintf (o, " (%s)", s->resolved_location);
      else if (!*s->symbol)
	fprintf (o, " at %s", s->offset);
      fputs (": not compiled with escape", o);
      return;
    }
  for (size_t i = 0; i < s->n_verdicts; i++)
    {
      fputs (i ? "; " : "", o);
      write_one_verdict (o, &s->verdicts[i]);
      if (s->n_verdicts > 1)
	fprintf (o, " (%llu calls)", s->verdicts[i].calls);
    }
}

/* One sentence on what the numbers of a site mean.  */
static void
write_reading (FILE *o, const struct site *s)
{
  if (s->is_lib)
    fprintf (o, "These %llu heap calls are made inside %s, which the plugin "
	     "did not compile: no flag of yours moves them.",
	     s->calls, base_name (s->object));
  else if (s->gain)
    fprintf (o, "%llu of its %llu blocks were at most %llu bytes and freed "
	     "before %s returned: the stack could hold them.",
	     s->gain, site_blocks (s), s->max_size, s->function);
  else if (s->life[0].blocks[0])
    fprintf (o, "Its %llu small blocks freed before %s returned do not "
	     "count: it was profiled with a max-size of %llu, above "
	     "--max-size %llu.", s->life[0].blocks[0], s->function,
	     s->max_size, opts.max_size);
  else
    fprintf (o, "None of its blocks was both at most %llu bytes and freed "
	     "before %s returned.", s->max_size, s->function);
}

static char *
site_string (const struct site *s, void (*write) (FILE *, const struct site *))
{
  struct text t;
  write (text_open (&t), s);
  return text_close (&t);
}

/* The sizes bucket I holds: 2^(I-1) < n <= 2^I bytes, bucket 0 also 0
   bytes (and 1 byte, by that rule), the last bucket all above.  */
static void
write_bucket (FILE *o, int i)
{
  if (i == 0)
    fputs ("0-1", o);
  else if (i == 1)
    fputs ("2", o);
  else if (i == N_BUCKETS - 1)
    fprintf (o, ">%llu", 1ULL << (i - 1));
  else
    fprintf (o, "%llu-%llu", (1ULL << (i - 1)) + 1, 1ULL << i);
}

/* ---- Terminal output.  */

#define LOCATION_WIDTH 24
#define FUNCTION_WIDTH 16
#define CALL_WIDTH 16
#define VERDICT_WIDTH 40

/* S in WIDTH columns (at most, LAST), cut with "..." at the end or,
   KEEP_END, the start.  */
static void
write_cell (FILE *o, const char *s, int width, int keep_end, int last)
{
  int len = strlen (s);
  if (len <= width)
    fprintf (o, "%-*s", last ? 0 : width, s);
  else if (keep_end)
    fprintf (o, "...%s", s + len - (width - 3));
  else
    fprintf (o, "%.*s...", width - 3, s);
}

static void
write_percent_cell (FILE *o, u64 part, u64 whole)
{
  double p = percent (part, whole);
  if (part == 0)
    fputs ("     -", o);
  else if (p < 1)
    fputs ("   <1%", o);
  else
    fprintf (o, " %4.0f%%", p);
}

static void
write_process_list (FILE *o, const struct report *rep)
{
  for (size_t i = 0; i < rep->n_procs && i < 4; i++)
    fprintf (o, "%s%s %s", i ? ", " : " (", base_name (rep->procs[i].exe),
	     rep->procs[i].pid);
  fputs (rep->n_procs > 4 ? ", ...)" : ")", o);
}

/* One row of the header's table of blocks by class: the class names
   (SPLIT -1), or LIFE's small (SPLIT 0) or large (1) blocks.  */
static void
write_class_row (FILE *o, const char *label, int split,
		 const struct life *life)
{
  fprintf (o, "%-11s", label);
  for (int c = 0; c < N_CLASSES; c++)
    if (split < 0)
      fprintf (o, " %11s", class_names[c]);
    else
      fprintf (o, " %11llu", life[c].blocks[split]);
  fputc ('\n', o);
}

static void
write_text_header (FILE *o, const struct report *rep, const struct totals *t)
{
  fprintf (o, "escape-report: %zu process%s", rep->n_procs,
	   rep->n_procs == 1 ? "" : "es");
  write_process_list (o, rep);
  fprintf (o, ", %zu sites\n", rep->n_sites);
  fprintf (o, "heap calls  %llu (malloc %llu, calloc %llu, realloc %llu, "
	   "aligned %llu; frees %llu; untracked %llu)\n",
	   t->t[0], t->t[1], t->t[2], t->t[3], t->t[4], t->t[5], t->t[6]);
  fprintf (o, "own code    %llu heap calls (%.1f%%) at %zu sites; "
	   "libraries %llu (%.1f%%) at %zu sites\n",
	   t->own_calls, percent (t->own_calls, t->t[0]), t->own_sites,
	   t->lib_calls, percent (t->lib_calls, t->t[0]), t->lib_sites);
  write_class_row (o, "blocks", -1, t->life);
  write_class_row (o, "  small", 0, t->life);
  write_class_row (o, "  large", 1, t->life);
  fprintf (o, "k=0 small in own code: %llu heap calls could go to the "
	   "stack (%.1f%% of all heap calls, %.1f%% of own code's)\n",
	   t->own_k0_small, percent (t->own_k0_small, t->t[0]),
	   percent (t->own_k0_small, t->own_calls));
}

static void
write_text_row (FILE *o, size_t rank, const struct site *s)
{
  char *location = site_string (s, write_location);
  char *verdict = site_string (s, write_verdict);
  u64 blocks = site_blocks (s);
  const struct life *l = s->life;
  fprintf (o, "%3zu  ", rank);
  write_cell (o, location, LOCATION_WIDTH, 1, 0);
  fputc (' ', o);
  write_cell (o, site_function (s), FUNCTION_WIDTH, 0, 0);
  fputc (' ', o);
  write_cell (o, s->is_lib ? "-" : s->call, CALL_WIDTH, 0, 0);
  fprintf (o, " %10llu", s->calls);
  write_percent_cell (o, class_blocks (&l[0]), blocks);
  write_percent_cell (o, class_blocks (&l[1]), blocks);
  write_percent_cell (o, class_blocks (&l[2]) + class_blocks (&l[3])
		      + class_blocks (&l[4]), blocks);
  write_percent_cell (o, class_blocks (&l[5]), blocks);
  write_percent_cell (o, class_blocks (&l[6]), blocks);
  fprintf (o, " %8llu  ", s->gain);
  write_cell (o, verdict, VERDICT_WIDTH, 0, 1);
  fputs ("\n", o);
  free (location);
  free (verdict);
}

static void
write_text_table (FILE *o, const struct report *rep)
{
  fprintf (o, "\n%3s  %-*s %-*s %-*s %10s %5s %5s %5s %5s %5s %8s  %s\n",
	   "#", LOCATION_WIDTH, "location", FUNCTION_WIDTH, "function",
	   CALL_WIDTH, "call", "heap calls", "k0", "k1", "k2-4", "later",
	   "never", "gain", "verdict");
  for (size_t i = 0; i < rep->n_sites && i < opts.top; i++)
    write_text_row (o, i + 1, rep->sites[i]);
  if (rep->n_sites > opts.top)
    fprintf (o, "(%llu more site%s; --top N shows more)\n",
	     (u64) rep->n_sites - opts.top,
	     rep->n_sites - opts.top > 1 ? "s" : "");
}

static void
write_text_explanation (FILE *o, size_t rank, const struct site *s)
{
  char *location = site_string (s, write_location);
  fprintf (o, "\n%2zu. %s %s%s%s\n", rank, location, site_function (s),
	   s->is_lib ? "" : ": ", s->is_lib ? "" : s->call);
  fprintf (o, "    %llu heap calls, %llu bytes, max-size %llu\n    blocks ",
	   s->calls, s->bytes, s->max_size);
  for (int c = 0; c < N_CLASSES; c++)
    if (class_blocks (&s->life[c]))
      fprintf (o, " %s %llu (%llu small)", class_names[c],
	       class_blocks (&s->life[c]), s->life[c].blocks[0]);
  fputs ("\n    sizes  ", o);
  const char *separator = " ";
  for (int i = 0; i < N_BUCKETS; i++)
    if (s->sizes[i])
      {
	fputs (separator, o);
	separator = ", ";
	write_bucket (o, i);
	fprintf (o, " B: %llu", s->sizes[i]);
      }
  fputs ("\n    verdict ", o);
  write_verdict (o, s);
  for (size_t i = 0; i < s->n_callers; i++)
    fprintf (o, "%s%s (%s) %llu", i ? ", " : "\n    callers ",
	     *s->callers[i].function ? s->callers[i].function : "?",
	     *s->callers[i].file ? s->callers[i].file : "?",
	     s->callers[i].calls);
  fputs ("\n    ", o);
  write_reading (o, s);
  fputc ('\n', o);
  free (location);
}

static void
write_text_report (FILE *o, const struct report *rep)
{
  struct totals t = sum_totals (rep);
  write_text_header (o, rep, &t);
  write_text_table (o, rep);
  for (size_t i = 0; i < rep->n_sites && i < EXPLAINED_SITES && i < opts.top;
       i++)
    write_text_explanation (o, i + 1, rep->sites[i]);
}

/* ---- JSON, also the data of the HTML page.  */

/* The length of the valid UTF-8 sequence at S, or 0.  */
static int
utf8_length (const unsigned char *s)
{
  int n = s[0] >= 0xc2 && s[0] <= 0xdf ? 2
    : s[0] >= 0xe0 && s[0] <= 0xef ? 3
    : s[0] >= 0xf0 && s[0] <= 0xf4 ? 4 : 0;
  for (int i = 1; i < n; i++)
    if ((s[i] & 0xc0) != 0x80)
      return 0;
  return n;
}

/* A JSON string; < > & as \u escapes, so that it is safe inside HTML, and
   a byte that is not UTF-8 (a Latin-1 source, say) as U+FFFD.  */
static void
json_string (FILE *o, const char *s)
{
  fputc ('"', o);
  for (const unsigned char *p = (const unsigned char *) s; *p; p++)
    {
      int n = *p >= 0x80 ? utf8_length (p) : 1;
      if (*p == '"' || *p == '\\')
	fprintf (o, "\\%c", *p);
      else if (*p < 0x20 || *p == '<' || *p == '>' || *p == '&' || *p == 0x7f)
	fprintf (o, "\\u%04x", *p);
      else if (n == 0)
	fputs ("\\ufffd", o);
      else
	{
	  fwrite (p, 1, n, o);
	  p += n - 1;
	}
    }
  fputc ('"', o);
}

static void
json_key_string (FILE *o, const char *key, const char *value)
{
  fprintf (o, "\"%s\":", key);
  json_string (o, value);
  fputc (',', o);
}

static void
json_key_site_string (FILE *o, const char *key, const struct site *s,
		      void (*write) (FILE *, const struct site *))
{
  char *value = site_string (s, write);
  json_key_string (o, key, value);
  free (value);
}

static void
json_life (FILE *o, const struct life *life)
{
  fputs ("\"life\":{", o);
  for (int c = 0; c < N_CLASSES; c++)
    fprintf (o, "%s\"%s\":{\"blocks_small\":%llu,\"bytes_small\":%llu,"
	     "\"blocks_large\":%llu,\"bytes_large\":%llu}", c ? "," : "",
	     class_names[c], life[c].blocks[0], life[c].bytes[0],
	     life[c].blocks[1], life[c].bytes[1]);
  fputs ("}", o);
}

/* Lines around the site's line, read from FILE relative to each
   --source-root, the profile's directory or the current directory.  */
static FILE *
open_source (const struct site *s, char **path)
{
  const char *roots[sizeof opts.source_roots / sizeof *opts.source_roots + 2];
  size_t n = 0;
  for (size_t i = 0; i < opts.n_source_roots; i++)
    roots[n++] = opts.source_roots[i];
  roots[n++] = s->dir;
  roots[n++] = ".";
  for (size_t i = 0; i < n; i++)
    {
      if (!roots[i] || (s->file[0] == '/' && i > 0))
	continue;
      struct text t;
      if (s->file[0] == '/')
	fputs (s->file, text_open (&t));
      else
	fprintf (text_open (&t), "%s/%s", roots[i], s->file);
      *path = text_close (&t);
      FILE *f = fopen (*path, "r");
      if (f)
	return f;
      free (*path);
    }
  return NULL;
}

static void
json_source (FILE *o, const struct site *s)
{
  char *path;
  FILE *f = open_source (s, &path);
  if (!f)
    {
      fputs (",\"source\":null", o);
      return;
    }
  unsigned long first = s->line > CONTEXT_LINES ? s->line - CONTEXT_LINES : 1;
  char *line = NULL;
  size_t cap = 0;
  fputs (",\"source\":{\"path\":", o);
  json_string (o, path);
  fprintf (o, ",\"first\":%lu,\"lines\":[", first);
  for (unsigned long n = 1;
       n <= s->line + CONTEXT_LINES && getline (&line, &cap, f) >= 0;
       n++)
    if (n >= first)
      {
	line[strcspn (line, "\n")] = 0;
	if (strlen (line) > MAX_SOURCE_LINE)
	  strcpy (line + MAX_SOURCE_LINE - 3, "...");
	fputs (n > first ? "," : "", o);
	json_string (o, line);
      }
  fputs ("]}", o);
  free (line);
  free (path);
  fclose (f);
}

static void
json_src_fields (FILE *o, const struct site *s)
{
  json_key_string (o, "kind", "src");
  json_key_string (o, "file", s->file);
  fprintf (o, "\"line\":%lu,\"column\":%lu,", s->line, s->column);
  json_key_string (o, "function", s->function);
  json_key_string (o, "call", s->call);
  fputs ("\"verdicts\":[", o);
  for (size_t i = 0; i < s->n_verdicts; i++)
    {
      fprintf (o, "%s{\"verdict\":\"%s\",", i ? "," : "",
	       verdict_tokens[s->verdicts[i].kind]);
      json_key_string (o, "explanation", s->verdicts[i].explanation);
      struct text t;
      write_one_verdict (text_open (&t), &s->verdicts[i]);
      json_key_string (o, "text", text_close (&t));
      free (t.s);
      fprintf (o, "\"calls\":%llu}", s->verdicts[i].calls);
    }
  fputs ("],", o);
}

static void
json_lib_fields (FILE *o, const struct site *s)
{
  json_key_string (o, "kind", "lib");
  json_key_string (o, "object", s->object);
  json_key_string (o, "symbol", s->symbol);
  json_key_string (o, "offset", s->offset);
  json_key_string (o, "function", site_function (s));
  json_key_string (o, "resolved_location",
		   s->resolved_location ? s->resolved_location : "");
  fputs ("\"callers\":[", o);
  for (size_t i = 0; i < s->n_callers; i++)
    {
      fputs (i ? ",{" : "{", o);
      json_key_string (o, "function", s->callers[i].function);
      json_key_string (o, "file", s->callers[i].file);
      fprintf (o, "\"calls\":%llu}", s->callers[i].calls);
    }
  fputs ("],", o);
}

static void
json_site (FILE *o, size_t rank, const struct site *s, int with_source)
{
  fprintf (o, "{\"rank\":%zu,", rank);
  (s->is_lib ? json_lib_fields : json_src_fields) (o, s);
  json_key_site_string (o, "location", s, write_location);
  json_key_site_string (o, "verdict", s, write_verdict);
  json_key_site_string (o, "reading", s, write_reading);
  fprintf (o, "\"max_size\":%llu,\"heap_calls\":%llu,\"bytes\":%llu,"
	   "\"blocks\":%llu,\"gain\":%llu,", s->max_size, s->calls, s->bytes,
	   site_blocks (s), s->gain);
  json_life (o, s->life);
  fputs (",\"sizes\":[", o);
  for (int i = 0; i < N_BUCKETS; i++)
    fprintf (o, "%s%llu", i ? "," : "", s->sizes[i]);
  fputc (']', o);
  if (with_source && !s->is_lib)
    json_source (o, s);
  fputc ('}', o);
}

static void
json_process (FILE *o, const struct process *p)
{
  fprintf (o, "{\"pid\":%s,\"ppid\":%s,", p->pid, p->ppid);
  json_key_string (o, "exe", p->exe);
  json_key_string (o, "args", p->args);
  json_key_string (o, "profile", p->profile);
  for (int i = 0; i < N_TOTALS; i++)
    fprintf (o, "%s\"%s\":%llu", i ? "," : "", total_names[i], p->totals[i]);
  fputc ('}', o);
}

static void
json_totals (FILE *o, const struct report *rep)
{
  struct totals t = sum_totals (rep);
  fprintf (o, "\"totals\":{\"processes\":%zu,\"sites\":%zu,", rep->n_procs,
	   rep->n_sites);
  for (int i = 0; i < N_TOTALS; i++)
    fprintf (o, "\"%s\":%llu,", total_names[i], t.t[i]);
  fprintf (o, "\"own_heap_calls\":%llu,\"own_sites\":%zu,"
	   "\"library_heap_calls\":%llu,\"library_sites\":%zu,"
	   "\"own_k0_small\":%llu,", t.own_calls, t.own_sites, t.lib_calls,
	   t.lib_sites, t.own_k0_small);
  json_life (o, t.life);
  fputc ('}', o);
}

static void
json_report (FILE *o, const struct report *rep, int with_source)
{
  fputs ("{\"processes\":[", o);
  for (size_t i = 0; i < rep->n_procs; i++)
    {
      fputs (i ? ",\n  " : "\n  ", o);
      json_process (o, &rep->procs[i]);
    }
  fputs ("],\n ", o);
  json_totals (o, rep);
  fputs (",\n \"sites\":[", o);
  for (size_t i = 0; i < rep->n_sites; i++)
    {
      fputs (i ? ",\n  " : "\n  ", o);
      json_site (o, i + 1, rep->sites[i], with_source);
    }
  fputs ("]}", o);
}

static void
json_document (FILE *o, struct report *reps, size_t n, int with_source)
{
  fputs ("{\"format\":\"escape-report\",\"version\":1,\"max_size\":", o);
  if (opts.max_size)
    fprintf (o, "%llu", opts.max_size);
  else
    fputs ("null", o);
  fprintf (o, ",\"per_process\":%s,\"buckets\":[",
	   opts.per_process ? "true" : "false");
  for (int i = 0; i < N_BUCKETS; i++)
    {
      fputs (i ? ",\"" : "\"", o);
      write_bucket (o, i);
      fputc ('"', o);
    }
  fputs ("],\"reports\":[\n", o);
  for (size_t i = 0; i < n; i++)
    {
      fputs (i ? ",\n" : "", o);
      json_report (o, &reps[i], with_source);
    }
  fputs ("\n]}\n", o);
}

/* ---- HTML.  */

static const char html_style[] =
  "body{font:14px/1.45 system-ui,-apple-system,'Segoe UI',sans-serif;"
  "margin:0;color:#1d2330;background:#f4f6fa}\n"
  "header{background:#1f3a5f;color:#fff;padding:14px 24px}\n"
  "header h1{margin:0;font-size:20px;font-weight:600}\n"
  "header p{margin:4px 0 0;opacity:.8}\n"
  "main{padding:16px 24px}\n"
  "section.report{margin-bottom:28px}\n"
  "h2{font-size:16px;margin:8px 0}\n"
  ".cards{display:flex;flex-wrap:wrap;gap:10px;margin:8px 0 14px}\n"
  ".card{background:#fff;border:1px solid #d8dee9;border-radius:6px;"
  "padding:8px 14px;min-width:150px}\n"
  ".card b{display:block;font-size:20px}\n"
  ".card span{color:#5b6475;font-size:12px}\n"
  "table.sites{border-collapse:collapse;width:100%;background:#fff;"
  "border:1px solid #d8dee9}\n"
  ".sites th{background:#e8edf5;text-align:left;padding:6px 8px;"
  "cursor:pointer;user-select:none;white-space:nowrap;position:sticky;top:0}\n"
  ".sites th:hover{background:#d5deec}\n"
  ".sites th.num,.sites td.num{text-align:right}\n"
  ".sites th[data-dir=asc]::after{content:' \\25B2'}\n"
  ".sites th[data-dir=desc]::after{content:' \\25BC'}\n"
  ".sites td{padding:5px 8px;border-top:1px solid #edf0f5;"
  "vertical-align:top}\n"
  ".sites tr.site{cursor:pointer}\n"
  ".sites tr.site:hover{background:#f0f5ff}\n"
  ".sites tr.site.open{background:#dce8fb;"
  "box-shadow:inset 4px 0 0 #2f6fd6}\n"
  ".sites td.loc{font-family:ui-monospace,monospace;font-size:12.5px}\n"
  ".sites td.verdict{max-width:380px}\n"
  ".tag{display:inline-block;border-radius:3px;padding:0 5px;"
  "font-size:12px;color:#fff}\n"
  ".tag.moved{background:#2e8b57}.tag.kept{background:#c77c02}"
  ".tag.escapes{background:#b03a2e}.tag.call{background:#6b5ca5}"
  ".tag.lib{background:#6c7689}\n"
  "tr.detail>td{background:#f7faff;border-left:4px solid #2f6fd6;"
  "padding:12px 16px 16px}\n"
  ".pane{display:grid;grid-template-columns:minmax(420px,1.3fr) 1fr;"
  "gap:16px}\n"
  ".pane h3{font-size:13px;margin:0 0 6px;color:#1f3a5f;"
  "text-transform:uppercase;letter-spacing:.04em}\n"
  ".box{background:#fff;border:1px solid #d8dee9;border-radius:6px;"
  "padding:10px 12px;margin-bottom:12px}\n"
  "pre.src{margin:0;font:12.5px/1.5 ui-monospace,monospace;overflow-x:auto}\n"
  "pre.src .ln{color:#8a93a6;display:inline-block;width:4em}\n"
  "pre.src .hit{background:#fff1b8;display:block}\n"
  ".bar{display:grid;grid-template-columns:5em 1fr 11em;align-items:center;"
  "gap:8px;font-size:12.5px;margin:2px 0}\n"
  ".track{background:#eef1f6;height:14px;border-radius:3px;display:flex}\n"
  ".small{background:#2f6fd6;height:100%}\n"
  ".large{background:#9dbcf0;height:100%}\n"
  ".legend i{display:inline-block;width:10px;height:10px;margin:0 4px 0 10px}\n"
  ".muted{color:#6b7385}\n"
  ".reading{font-weight:600}\n"
  "table.classes{border-collapse:collapse;font-size:12.5px}\n"
  ".classes th,.classes td{padding:1px 7px;text-align:right}\n"
  ".classes th{color:#5b6475;font-weight:500}\n";

static const char html_script[] =
  "'use strict';\n"
  "const DATA=JSON.parse(document.getElementById('data').textContent);\n"
  "const CLASSES=['k0','k1','k2','k3','k4','later','never'];\n"
  "function el(tag,cls,text){const e=document.createElement(tag);"
  "if(cls)e.className=cls;if(text!==undefined)e.textContent=text;return e;}\n"
  "function fmt(n){return n.toLocaleString('en-US');}\n"
  "function blocks(s,c){return s.life[c].blocks_small+s.life[c].blocks_large;}\n"
  "function pct(s,cs){const n=cs.reduce((a,c)=>a+blocks(s,c),0);"
  "return s.blocks?100*n/s.blocks:0;}\n"
  "function pctText(p){return p===0?'-':p<1?'<1%':Math.round(p)+'%';}\n"
  "function tagOf(s){if(s.kind==='lib')return['lib','library'];"
  "const v=s.verdicts[0].verdict;"
  "return[v.startsWith('moved')?'moved':v,v];}\n"
  "const COLUMNS=[\n"
  " {t:'#',num:1,v:s=>s.rank},\n"
  " {t:'location',v:s=>s.location,cls:'loc'},\n"
  " {t:'function',v:s=>s.function,cls:'loc'},\n"
  " {t:'call',v:s=>s.kind==='src'?s.call:'',cls:'loc'},\n"
  " {t:'heap calls',num:1,v:s=>s.heap_calls,f:fmt},\n"
  " {t:'bytes',num:1,v:s=>s.bytes,f:fmt},\n"
  " {t:'k0',num:1,v:s=>pct(s,['k0']),f:pctText},\n"
  " {t:'k1',num:1,v:s=>pct(s,['k1']),f:pctText},\n"
  " {t:'k2-4',num:1,v:s=>pct(s,['k2','k3','k4']),f:pctText},\n"
  " {t:'later',num:1,v:s=>pct(s,['later']),f:pctText},\n"
  " {t:'never',num:1,v:s=>pct(s,['never']),f:pctText},\n"
  " {t:'gain',num:1,v:s=>s.gain,f:fmt},\n"
  " {t:'verdict',v:s=>s.verdict,cls:'verdict'}];\n"
  "function card(parent,value,label){const c=el('div','card');"
  "c.append(el('b','',value),el('span','',label));parent.append(c);}\n"
  "function pctOf(a,b){return b?(100*a/b).toFixed(1)+'%':'-';}\n"
  "function totals(sec,r){const t=r.totals,cards=el('div','cards');\n"
  " card(cards,fmt(t.processes),'processes');\n"
  " card(cards,fmt(t.heap_calls),'heap calls ('+fmt(t.untracked)+' untracked)');\n"
  " card(cards,fmt(t.own_heap_calls),'own code ('+pctOf(t.own_heap_calls,"
  "t.heap_calls)+'), '+t.own_sites+' sites');\n"
  " card(cards,fmt(t.library_heap_calls),'libraries ('+pctOf("
  "t.library_heap_calls,t.heap_calls)+'), '+t.library_sites+' sites');\n"
  " card(cards,fmt(t.own_k0_small),'k=0 small in own code ('+pctOf("
  "t.own_k0_small,t.own_heap_calls)+' of own)');\n"
  " const tb=el('table','classes'),hr=el('tr');hr.append(el('th','','blocks'));\n"
  " for(const c of CLASSES)hr.append(el('th','',c));tb.append(hr);\n"
  " for(const k of ['small','large']){const tr=el('tr');tr.append(el('th','',k));\n"
  "  for(const c of CLASSES)tr.append(el('td','',fmt(t.life[c]['blocks_'+k])));"
  "tb.append(tr);}\n"
  " const cc=el('div','card');cc.append(tb);cards.append(cc);sec.append(cards);}\n"
  "function bars(box,rows){const max=Math.max(1,...rows.map(r=>r.a+r.b));\n"
  " for(const r of rows){const b=el('div','bar'),tr=el('div','track');\n"
  "  const s=el('div','small'),l=el('div','large');\n"
  "  s.style.width=(100*r.a/max)+'%';l.style.width=(100*r.b/max)+'%';\n"
  "  s.title=fmt(r.a)+' small';l.title=fmt(r.b)+' large';tr.append(s,l);\n"
  "  b.append(el('span','',r.label),tr,el('span','muted',r.text));box.append(b);}}\n"
  "function sourceBox(s){const box=el('div','box');box.append(el('h3','','Source'));\n"
  " if(s.kind==='lib'){box.append(el('p','muted','Allocated in '+s.object+"
  "(s.resolved_location?' at '+s.resolved_location:'')+', not compiled with"
  " escape; called from:'));\n"
  "  const ul=el('ul');for(const c of s.callers)ul.append(el('li','',"
  "(c.function||'?')+' ('+(c.file||'?')+'): '+fmt(c.calls)+' heap calls'));\n"
  "  box.append(ul);return box;}\n"
  " if(!s.source){box.append(el('p','muted','Source not found: '+s.file+"
  "' (looked relative to --source-root, the profile\\'s directory and the"
  " current directory).'));return box;}\n"
  " box.append(el('div','muted',s.source.path));const pre=el('pre','src');\n"
  " s.source.lines.forEach((t,i)=>{const n=s.source.first+i,"
  "line=el('span',n===s.line?'hit':'');\n"
  "  line.append(el('span','ln',String(n)),document.createTextNode(t+'\\n'));"
  "pre.append(line);});\n"
  " box.append(pre);return box;}\n"
  "function detail(s){const pane=el('div','pane'),left=el('div'),"
  "right=el('div');\n"
  " left.append(sourceBox(s));\n"
  " const v=el('div','box');v.append(el('h3','','Verdict'));\n"
  " if(s.kind==='src'&&s.verdicts.length>1){const ul=el('ul');"
  "for(const x of s.verdicts)ul.append(el('li','',x.text+': '+fmt(x.calls)+"
  "' heap calls'));v.append(ul);}\n"
  " else v.append(el('p','',s.verdict));\n"
  " v.append(el('p','reading',s.reading));\n"
  " left.append(v);\n"
  " const life=el('div','box');life.append(el('h3','','Lifetime of its '+"
  "fmt(s.blocks)+' blocks'));\n"
  " bars(life,CLASSES.map(c=>({label:c,a:s.life[c].blocks_small,"
  "b:s.life[c].blocks_large,text:fmt(s.life[c].blocks_small)+' + '+"
  "fmt(s.life[c].blocks_large)})));\n"
  " const lg=el('div','legend muted');lg.append(el('i','small'),"
  "'small (\\u2264 '+fmt(s.max_size)+' bytes)',el('i','large'),'large');"
  "life.append(lg);\n"
  " const sz=el('div','box');sz.append(el('h3','','Sizes of its '+"
  "fmt(s.heap_calls)+' heap calls (bytes)'));\n"
  " bars(sz,s.sizes.map((n,i)=>({label:DATA.buckets[i],a:n,b:0,text:fmt(n)}))"
  ".filter(r=>r.a>0));\n"
  " right.append(life,sz);pane.append(left,right);return pane;}\n"
  "function table(sec,r){const tbl=el('table','sites'),head=el('tr'),"
  "body=el('tbody');let sortCol=-1,dir=1;\n"
  " COLUMNS.forEach((c,i)=>{const th=el('th',c.num?'num':'',c.t);\n"
  "  th.onclick=()=>{dir=sortCol===i?-dir:(c.num?-1:1);sortCol=i;\n"
  "   head.querySelectorAll('th').forEach(h=>h.removeAttribute('data-dir'));\n"
  "   th.dataset.dir=dir>0?'asc':'desc';\n"
  "   r.sites.sort((a,b)=>{const x=c.v(a),y=c.v(b);"
  "return (x<y?-1:x>y?1:a.rank-b.rank)*(x===y?1:dir);});fill();};\n"
  "  head.append(th);});\n"
  " function toggle(tr,s){const next=tr.nextSibling;\n"
  "  const wasOpen=tr.classList.contains('open');\n"
  "  body.querySelectorAll('tr.detail').forEach(d=>d.remove());\n"
  "  body.querySelectorAll('tr.open').forEach(o=>o.classList.remove('open'));\n"
  "  if(wasOpen)return;tr.classList.add('open');\n"
  "  const d=el('tr','detail'),td=el('td');td.colSpan=COLUMNS.length;"
  "td.append(detail(s));d.append(td);body.insertBefore(d,next);}\n"
  " function fill(){body.textContent='';for(const s of r.sites){"
  "const tr=el('tr','site');\n"
  "  COLUMNS.forEach(c=>{const v=c.v(s),td=el('td',(c.num?'num ':'')+"
  "(c.cls||''));\n"
  "   if(c.t==='verdict'){const [k,label]=tagOf(s);td.append(el('span',"
  "'tag '+k,label),document.createTextNode(' '+v));}\n"
  "   else td.textContent=c.f?c.f(v):v;tr.append(td);});\n"
  "  tr.onclick=()=>toggle(tr,s);body.append(tr);}}\n"
  " const thead=el('thead');thead.append(head);tbl.append(thead,body);"
  "sec.append(tbl);fill();\n"
  " return ()=>{const first=body.querySelector('tr.site');"
  "if(first)first.click();};}\n"
  "const root=document.getElementById('reports');let opened=false,rows=0;\n"
  "for(const r of DATA.reports){const sec=el('section','report');\n"
  " const p=r.processes.map(p=>p.exe.split('/').pop()+' '+p.pid).join(', ');\n"
  " sec.append(el('h2','',(DATA.per_process?'Process ':r.processes.length+"
  "' processes: ')+p));\n"
  " totals(sec,r);root.append(sec);const open=table(sec,r);"
  "rows+=r.sites.length;\n"
  " if(!opened){open();opened=true;}}\n"
  "document.body.setAttribute('data-report-ready',String(rows));\n";

static void
html_text (FILE *o, const char *s)
{
  for (; *s; s++)
    switch (*s)
      {
      case '<': fputs ("&lt;", o); break;
      case '>': fputs ("&gt;", o); break;
      case '&': fputs ("&amp;", o); break;
      case '"': fputs ("&quot;", o); break;
      case '\'': fputs ("&#39;", o); break;
      default: fputc (*s, o);
      }
}

static void
write_html (FILE *o, struct report *reps, size_t n, char **paths,
	    size_t n_paths)
{
  fputs ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
	 "<title>escape-report: ", o);
  html_text (o, paths[0]);
  fprintf (o, "%s</title>\n<style>\n%s</style></head>\n<body>\n<header>"
	   "<h1>Heap lifetime profile</h1><p>", n_paths > 1 ? " ..." : "",
	   html_style);
  for (size_t i = 0; i < n_paths; i++)
    {
      fputs (i ? ", " : "", o);
      html_text (o, paths[i]);
    }
  fputs (". Click a column header to sort, a row to open the site.</p>"
	 "</header>\n<main id=\"reports\"></main>\n"
	 "<script id=\"data\" type=\"application/json\">\n", o);
  json_document (o, reps, n, 1);
  fprintf (o, "</script>\n<script>\n%s</script>\n</body></html>\n",
	   html_script);
}

/* ---- Command line.  */

static void __attribute__ ((noreturn, format (printf, 1, 2)))
usage_error (const char *fmt, ...)
{
  va_list ap;
  va_start (ap, fmt);
  fail ("", "usage: escape-report [--json | --html FILE] [--max-size N] "
	"[--top N] [--per-process] [--source-root DIR]... PROFILE...\n", fmt, ap);
}

static u64
positive_value (const char *option, const char *value)
{
  u64 n;
  if (!value)
    usage_error ("%s needs a value", option);
  if (!parse_u64 (value, 10, &n) || n == 0)
    usage_error ("%s takes a whole number above 0", option);
  return n;
}

static const char *
string_value (const char *option, const char *value)
{
  if (!value || !*value)
    usage_error ("%s needs a value", option);
  return value;
}

static void
set_output (enum output_kind kind, const char *option)
{
  if (opts.output != OUT_TEXT)
    usage_error ("%s: --json and --html go alone", option);
  opts.output = kind;
}

/* Parse the options; return the index of the first PROFILE.  */
static int
parse_options (int argc, char **argv)
{
  int i = 1;
  for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++)
    {
      const char *a = argv[i], *next = argv[i + 1];
      if (strcmp (a, "--") == 0)
	return i + 1;
      if (strcmp (a, "--json") == 0)
	set_output (OUT_JSON, a);
      else if (strcmp (a, "--html") == 0)
	{
	  set_output (OUT_HTML, a);
	  opts.html_file = string_value (a, next), i++;
	}
      else if (strcmp (a, "--max-size") == 0)
	opts.max_size = positive_value (a, next), i++;
      else if (strcmp (a, "--top") == 0)
	opts.top = positive_value (a, next), i++;
      else if (strcmp (a, "--per-process") == 0)
	opts.per_process = 1;
      else if (strcmp (a, "--source-root") == 0)
	{
	  if (opts.n_source_roots == sizeof opts.source_roots / sizeof *opts.source_roots)
	    usage_error ("at most %zu --source-root options",
			 sizeof opts.source_roots / sizeof *opts.source_roots);
	  opts.source_roots[opts.n_source_roots++] = string_value (a, next), i++;
	}
      else
	usage_error ("unknown option '%s'", a);
    }
  if (i == argc)
    usage_error ("no PROFILE given");
  return i;
}

static void
write_output (struct report *reps, size_t n, char **paths, size_t n_paths)
{
  if (opts.output == OUT_JSON)
    json_document (stdout, reps, n, 0);
  else if (opts.output == OUT_HTML)
    {
      FILE *o = fopen (opts.html_file, "w");
      if (!o)
	die ("cannot write %s: %s", opts.html_file, strerror (errno));
      write_html (o, reps, n, paths, n_paths);
      if (fclose (o) != 0)
	die ("cannot write %s: %s", opts.html_file, strerror (errno));
    }
  else
    for (size_t i = 0; i < n; i++)
      {
	fputs (i ? "\n" : "", stdout);
	write_text_report (stdout, &reps[i]);
      }
}

int
main (int argc, char **argv)
{
  int first = parse_options (argc, argv);
  size_t n_paths;
  char **paths = profile_paths (argv + first, argc - first, &n_paths);
  size_t n = opts.per_process ? n_paths : 1;
  struct report *reps = xcalloc (n, sizeof *reps);
  for (size_t i = 0; i < n_paths; i++)
    read_profile (paths[i], &reps[opts.per_process ? i : 0]);
  for (size_t i = 0; i < n; i++)
    finish_report (&reps[i]);
  write_output (reps, n, paths, n_paths);
  if (fflush (stdout) != 0 || ferror (stdout))
    die ("cannot write the output: %s", strerror (errno));
  return 0;
}
