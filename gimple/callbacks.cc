/* Which calls of functions whose bodies are not here may run code of the
   program, and when: what makes a call opaque to recursion.cc.

   A C library function runs code of the program in two ways.  It calls a
   function it is given: qsort's comparator, twalk's action, nftw's visitor,
   pthread_once's initializer, the outlined body of an OpenMP region that a
   GOMP builtin launches.  Or it runs a handler the program registered before
   with another function: fread runs the read function of a stream fopencookie
   made, snprintf a conversion register_printf_specifier added, raise a signal
   handler sigaction installed (again and again under SA_NODEFER), exit the
   handlers atexit registered (which may register more and call exit again),
   fork the handlers of pthread_atfork, dlopen the constructors of the object
   it loads.  The tables below list these functions, each with its condition:

   - a function it is given, in an argument that is not a null pointer
     constant: a function of this unit is a callee like any other (the call
     graph takes the call as a call of it, and finds the cycles it makes); a
     function without a body here calls back as may_call_back_p says (scandir's
     alphasort does not); anything else (a variable, another unit's function)
     may run anything.  glob also calls the directory functions of its glob_t
     when its flags may hold GLOB_ALTDIRFUNC;
   - a handler registered elsewhere, when the program registers one of that
     kind: when the call graph shows a call of a function that registers it,
     or its address taken.  Under -flto that is decided in WPA on the whole
     program's call graph (recursion.cc); the compiles before it, and the
     LTRANS processes after it, which see only their partition, take every
     kind as registered, WPA's facts settling it for the pass after inlining.
     Loaded objects are always taken as registered: their constructors may
     call any public function.

   The table decides before the declarations do: glibc declares raise, abort,
   exit, sigprocmask and setvbuf leaf (GCC's documentation of leaf leaves
   signal handlers out), and GCC has exit, abort, fork, printf and the GOMP
   functions as builtins.

   Every other C library function the plugin knows never calls back: the
   functions calls.cc models (the builtins, the allocators, its table), those
   glibc declares leaf, const or pure, and the list below of those it does not
   (as cancellation points, or for no stated reason) although they never run
   code of the program: the locks of POSIX threads and of C11, iconv, regular
   expressions, the system calls that block.  Any other function without a
   body here may call back into this unit.

   Limits: a handler registered where the call graph does not show it is not
   seen: in a unit compiled separately (a file that installs a signal handler
   calling a public function of another file, which calls raise, makes a
   recursion neither file shows; with -flto, WPA sees both), in a library, or
   through a function the tables do not name.  A signal that arrives
   asynchronously runs its handler wherever the program is, outside any call.
   C library functions that print with printf internally (strerror's "Unknown
   error %d") are taken as not reaching a conversion registered for a standard
   conversion letter.  */

#include "gimple/escape.h"
#include "plugin/options.h"
#include "calls.h"

/* The kinds of handlers a program registers with the C library for other
   library functions to run.  */
enum handler_kind
{
  STREAM_FUNCTIONS = 1 << 0,	/* A custom stream's read, write, seek, close.  */
  PRINTF_HANDLERS = 1 << 1,	/* Conversions of the printf family.  */
  SIGNAL_HANDLERS = 1 << 2,
  EXIT_HANDLERS = 1 << 3,
  FORK_HANDLERS = 1 << 4,
  LOADED_CODE = 1 << 5		/* Constructors and destructors of loaded objects.  */
};

/* The functions that register handlers, with the kind each registers.  */
static const struct { const char *name; unsigned kind; } registrations[] = {
  { "fopencookie", STREAM_FUNCTIONS },
  { "register_printf_specifier", PRINTF_HANDLERS },
  { "register_printf_function", PRINTF_HANDLERS },
  { "register_printf_modifier", PRINTF_HANDLERS },
  { "register_printf_type", PRINTF_HANDLERS },
  { "signal", SIGNAL_HANDLERS }, { "sigaction", SIGNAL_HANDLERS },
  { "sigset", SIGNAL_HANDLERS }, { "bsd_signal", SIGNAL_HANDLERS },
  { "sysv_signal", SIGNAL_HANDLERS }, { "__sysv_signal", SIGNAL_HANDLERS },
  { "ssignal", SIGNAL_HANDLERS }, { "syscall", SIGNAL_HANDLERS },
  { "atexit", EXIT_HANDLERS }, { "on_exit", EXIT_HANDLERS },
  { "at_quick_exit", EXIT_HANDLERS }, { "__cxa_atexit", EXIT_HANDLERS },
  { "pthread_atfork", FORK_HANDLERS }, { "__register_atfork", FORK_HANDLERS },
};

/* Functions that read, write, seek, flush or close a stream (a custom one
   runs its functions).  */
static const char *const stream_functions[] = {
  "fread", "fread_unlocked", "fwrite", "fwrite_unlocked", "fgets", "fgets_unlocked",
  "fputs", "fputs_unlocked", "puts", "puts_unlocked", "fgetc", "fgetc_unlocked",
  "getc", "getc_unlocked", "getchar", "getchar_unlocked", "fputc", "fputc_unlocked",
  "putc", "putc_unlocked", "putchar", "putchar_unlocked", "getw", "putw", "ungetc",
  "getline", "getdelim", "__getdelim", "__uflow", "__overflow", "fflush",
  "fflush_unlocked", "fclose", "fcloseall", "freopen", "freopen64", "fseek", "fseeko",
  "fseeko64", "ftell", "ftello", "ftello64", "rewind", "fgetpos", "fgetpos64",
  "fsetpos", "fsetpos64", "setvbuf", "setbuf", "setbuffer", "setlinebuf", "_flushlbf",
  "scanf", "fscanf", "vscanf", "vfscanf", "wscanf", "fwscanf", "vwscanf", "vfwscanf",
  "fgetwc", "fgetwc_unlocked", "getwc", "getwc_unlocked", "getwchar",
  "getwchar_unlocked", "fputwc", "fputwc_unlocked", "putwc", "putwc_unlocked",
  "putwchar", "putwchar_unlocked", "fgetws", "fgetws_unlocked", "fputws",
  "fputws_unlocked", "ungetwc", "__fread_chk", "__fread_unlocked_chk", "__fgets_chk",
  "__fgets_unlocked_chk", "__fgetws_chk", "__fgetws_unlocked_chk"
};

/* Functions that format with printf's conversions onto a stream.  */
static const char *const stream_formatters[] = {
  "printf", "printf_unlocked", "fprintf", "fprintf_unlocked", "vprintf", "vfprintf",
  "wprintf", "fwprintf", "vwprintf", "vfwprintf", "__printf_chk", "__fprintf_chk",
  "__vprintf_chk", "__vfprintf_chk", "__wprintf_chk", "__fwprintf_chk",
  "__vwprintf_chk", "__vfwprintf_chk", "perror", "psignal", "psiginfo"
};

/* Functions that format with printf's conversions into memory or a file
   descriptor.  */
static const char *const formatters[] = {
  "sprintf", "snprintf", "vsprintf", "vsnprintf", "asprintf", "vasprintf", "swprintf",
  "vswprintf", "dprintf", "vdprintf", "__sprintf_chk", "__snprintf_chk",
  "__vsprintf_chk", "__vsnprintf_chk", "__asprintf_chk", "__vasprintf_chk",
  "__swprintf_chk", "__vswprintf_chk", "__dprintf_chk", "__vdprintf_chk"
};

/* Functions that send a signal to the thread calling them, or unblock or wait
   for one (its handler runs before they return).  */
static const char *const signal_senders[] = {
  "raise", "gsignal", "kill", "killpg", "pthread_kill", "tgkill", "sigqueue",
  "pthread_sigqueue", "abort", "sigprocmask", "pthread_sigmask", "sigsuspend",
  "sigpause", "sigrelse", "sigset", "pause", "pselect", "ppoll", "syscall"
};

/* A failed assertion prints on stderr, with printf's conversions, and aborts.  */
static const char *const assertion_failures[] = {
  "__assert_fail", "__assert_perror_fail", "__assert"
};

static const char *const exits[] = { "exit" };
static const char *const quick_exits[] = { "quick_exit" };
static const char *const forks[] = { "fork", "daemon", "forkpty" };
static const char *const loaders[] = { "dlopen", "dlmopen", "dlclose" };

/* Each group of functions above, with the handlers they may run.  */
static const struct
{
  const char *const *names;
  unsigned count;
  unsigned kinds;
} handler_runners[] = {
#define RUNNERS(names, kinds) { names, ARRAY_SIZE (names), kinds }
  RUNNERS (stream_functions, STREAM_FUNCTIONS),
  RUNNERS (stream_formatters, STREAM_FUNCTIONS | PRINTF_HANDLERS),
  RUNNERS (formatters, PRINTF_HANDLERS),
  RUNNERS (signal_senders, SIGNAL_HANDLERS),
  RUNNERS (assertion_failures, SIGNAL_HANDLERS | STREAM_FUNCTIONS | PRINTF_HANDLERS),
  RUNNERS (exits, EXIT_HANDLERS | STREAM_FUNCTIONS),
  RUNNERS (quick_exits, EXIT_HANDLERS),
  RUNNERS (forks, FORK_HANDLERS),
  RUNNERS (loaders, LOADED_CODE),
#undef RUNNERS
};

/* Bit N for argument N.  */
#define ARG(n) (1u << (n))

/* glob's flag that makes it call the directory functions of its glob_t.  */
const unsigned GLOB_ALTDIRFUNC_FLAG = 1 << 9;

/* Functions that call the functions they are given in the arguments ARGS has
   a bit for; glob also calls the functions in its glob_t when its argument
   ALTDIR_ARG (if not -1) may have GLOB_ALTDIRFUNC.  */
static const struct
{
  const char *name;
  unsigned args;
  int altdir_arg;
} callback_takers[] = {
  { "qsort", ARG (3), -1 }, { "qsort_r", ARG (3), -1 }, { "bsearch", ARG (4), -1 },
  { "lfind", ARG (4), -1 }, { "lsearch", ARG (4), -1 }, { "tsearch", ARG (2), -1 },
  { "tfind", ARG (2), -1 }, { "tdelete", ARG (2), -1 }, { "twalk", ARG (1), -1 },
  { "twalk_r", ARG (1), -1 }, { "tdestroy", ARG (1), -1 }, { "ftw", ARG (1), -1 },
  { "ftw64", ARG (1), -1 }, { "nftw", ARG (1), -1 }, { "nftw64", ARG (1), -1 },
  { "scandir", ARG (2) | ARG (3), -1 }, { "scandir64", ARG (2) | ARG (3), -1 },
  { "scandirat", ARG (3) | ARG (4), -1 }, { "scandirat64", ARG (3) | ARG (4), -1 },
  { "glob", ARG (2), 1 }, { "glob64", ARG (2), 1 },
  { "pthread_once", ARG (1), -1 }, { "call_once", ARG (1), -1 },
  { "dl_iterate_phdr", ARG (0), -1 },
};

/* Functions glibc does not declare leaf that never run code of the program:
   locks (a cancellation point may run the cleanup handlers of a thread that
   is being cancelled, once, on its way out), conversions, regular
   expressions, system calls that block (a signal that arrives meanwhile is
   asynchronous), and thread creation (the new thread runs on its own stack).  */
static const char *const never_calling_back[] = {
  "pthread_mutex_lock", "pthread_mutex_trylock", "pthread_mutex_timedlock",
  "pthread_mutex_clocklock", "pthread_mutex_unlock", "pthread_rwlock_rdlock",
  "pthread_rwlock_tryrdlock", "pthread_rwlock_timedrdlock", "pthread_rwlock_clockrdlock",
  "pthread_rwlock_wrlock", "pthread_rwlock_trywrlock", "pthread_rwlock_timedwrlock",
  "pthread_rwlock_clockwrlock", "pthread_rwlock_unlock", "pthread_spin_lock",
  "pthread_spin_trylock", "pthread_spin_unlock", "pthread_cond_wait",
  "pthread_cond_timedwait", "pthread_cond_clockwait", "pthread_cond_signal",
  "pthread_cond_broadcast", "pthread_barrier_wait", "pthread_join",
  "pthread_timedjoin_np", "pthread_create", "mtx_init", "mtx_lock", "mtx_timedlock",
  "mtx_trylock", "mtx_unlock", "mtx_destroy", "cnd_init", "cnd_signal", "cnd_broadcast",
  "cnd_wait", "cnd_timedwait", "cnd_destroy", "tss_create", "tss_delete", "tss_get",
  "tss_set", "thrd_create", "thrd_join", "thrd_sleep", "thrd_yield", "thrd_current",
  "sem_wait", "sem_timedwait", "sem_clockwait", "sem_trywait", "sem_post",
  "iconv", "iconv_open", "iconv_close", "regcomp", "regexec", "regerror", "regfree",
  "close", "fsync", "fdatasync", "openat", "creat", "pread", "pwrite", "readv",
  "writev", "sleep", "usleep", "nanosleep", "clock_nanosleep", "wait", "waitpid",
  "select", "poll", "accept", "connect", "send", "recv", "sendto", "recvfrom",
  "sendmsg", "recvmsg", "fcntl", "lockf", "msync", "tcdrain"
};

/* The name of the C library function FN may be, if any, for the tables of
   functions that register handlers or run code of the program: in lto1,
   which does not know whether a unit was compiled for a hosted environment,
   any external function's (taking a function of the program named raise for
   the C library's is the cautious side there).  */
static const char *
caller_name (tree fn)
{
  return library_name (fn, in_lto_p);
}

bool
listed_p (const char *name, const char *const *names, unsigned count)
{
  for (unsigned i = 0; i < count; i++)
    if (!strcmp (name, names[i]))
      return true;
  return false;
}

/* The kinds of handlers the library function NAME may run.  */
static unsigned
handlers_run_by (const char *name)
{
  for (const auto &r : handler_runners)
    if (listed_p (name, r.names, r.count))
      return r.kinds;
  return 0;
}

/* The entry of callback_takers for NAME, or -1.  */
static int
callback_taker (const char *name)
{
  for (unsigned i = 0; i < ARRAY_SIZE (callback_takers); i++)
    if (!strcmp (name, callback_takers[i].name))
      return i;
  return -1;
}

/* The arguments (a bit each) in which a call of FN, a builtin of GCC, passes
   functions it calls: its parameters that point to functions (the GOMP
   functions that run an OpenMP region's outlined body, __builtin_apply).  */
static unsigned
builtin_callback_args (tree fn)
{
  if (!fndecl_built_in_p (fn, BUILT_IN_NORMAL))
    return 0;
  unsigned args = 0, i = 0;
  for (tree t = TYPE_ARG_TYPES (TREE_TYPE (fn)); t && i < 32; t = TREE_CHAIN (t), i++)
    if (POINTER_TYPE_P (TREE_VALUE (t)) && FUNC_OR_METHOD_TYPE_P (TREE_TYPE (TREE_VALUE (t))))
      args |= ARG (i);
  return args;
}

/* Whether NODE, a function without a body here, is called or its address
   taken somewhere in the program the call graph holds.  */
static bool
used_p (cgraph_node *node)
{
  ipa_ref *ref;
  return node->callers || node->iterate_referring (0, ref);
}

/* The kinds of handlers the program may register: those of the registration
   functions the call graph shows used, and loaded code's always.  Every kind
   where the call graph is not the program's and WPA will see it whole: in cc1
   under -flto (the pass after inlining moves at link time what WPA finds
   safe) and in an LTRANS process.  */
unsigned
registered_handlers (void)
{
  if (flag_ltrans || (flag_generate_lto && !in_lto_p))
    return ~0u;
  unsigned kinds = LOADED_CODE;
  cgraph_node *node;
  FOR_EACH_FUNCTION (node)
    if (const char *name = caller_name (node->decl))
      for (const auto &r : registrations)
	if (!strcmp (name, r.name) && used_p (node))
	  kinds |= r.kind;
  return kinds;
}

/* Whether FN is a C library function that may run code of the program: one
   the tables list, or a builtin given functions.  */
bool
library_caller_p (tree fn)
{
  const char *name = caller_name (fn);
  return name && (handlers_run_by (name) || callback_taker (name) >= 0
		  || builtin_callback_args (fn));
}

/* Whether ARG, given to a C library function to call, may run code the call
   graph does not show; a function of this unit goes onto CALLBACKS.  */
static bool
unseen_callback_p (tree arg, vec<cgraph_node *> &callbacks)
{
  if (integer_zerop (arg))
    return false;
  if (TREE_CODE (arg) != ADDR_EXPR || TREE_CODE (TREE_OPERAND (arg, 0)) != FUNCTION_DECL)
    return true;
  tree fn = TREE_OPERAND (arg, 0);
  cgraph_node *node = cgraph_node::get (fn);
  if (node && (node = node->function_symbol ())->has_gimple_body_p ())
    {
      callbacks.safe_push (node);
      return false;
    }
  return may_call_back_p (fn);
}

/* Whether the flags argument ARGNO of CALL, a call of glob, may hold
   GLOB_ALTDIRFUNC.  */
static bool
altdir_flag_p (const gcall *call, unsigned argno)
{
  tree flags = argno < gimple_call_num_args (call) ? gimple_call_arg (call, argno)
						  : NULL_TREE;
  return !flags || TREE_CODE (flags) != INTEGER_CST
	 || (TREE_INT_CST_LOW (flags) & GLOB_ALTDIRFUNC_FLAG);
}

/* Whether CALL, a call of the library function FN (library_caller_p), may run
   code of the program that the call graph does not show, if the program
   registers the handlers REGISTERED (registered_handlers).  The functions of
   this unit it is given to call go onto CALLBACKS.  Without CALL (WPA has no
   statements), any function it is given may run anything.  */
bool
library_call_calls_back_p (tree fn, const gcall *call, unsigned registered,
			   vec<cgraph_node *> &callbacks)
{
  const char *name = caller_name (fn);
  int taker = callback_taker (name);
  unsigned args = taker >= 0 ? callback_takers[taker].args : builtin_callback_args (fn);
  bool unseen = (handlers_run_by (name) & registered) != 0;
  if (args && !call)
    return true;
  for (unsigned i = 0; i < 32; i++)
    if (args & ARG (i))
      unseen |= i >= gimple_call_num_args (call)
		|| unseen_callback_p (gimple_call_arg (call, i), callbacks);
  if (taker >= 0 && callback_takers[taker].altdir_arg >= 0)
    unseen |= altdir_flag_p (call, callback_takers[taker].altdir_arg);
  return unseen;
}

/* Whether a call of FN, whose body is not here, may call functions of the
   program, whatever its arguments: if it is a C library function that runs
   code of the program (library_caller_p); otherwise not if it is a C library
   function calls.cc models, one that never calls back, a function the user
   declared an allocator, or one declared (or, under -suggest, assumed) leaf,
   const or pure.  */
bool
may_call_back_p (tree fn)
{
  const char *kind;
  if (library_caller_p (fn))
    return true;
  const char *name = library_name (fn);
  return !(flags_from_decl_or_type (fn) & (ECF_LEAF | ECF_CONST | ECF_PURE))
	 && !assumed_leaf_p (fn)
	 && !library_function_p (fn)
	 && !(name && listed_p (name, never_calling_back, ARRAY_SIZE (never_calling_back)))
	 && !(DECL_NAME (fn)
	      && declared_allocator_p (IDENTIFIER_POINTER (DECL_NAME (fn)), &kind));
}
