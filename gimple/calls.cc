/* Call sites.  A call is modelled by the most precise knowledge available, in this
   order: allocation and deallocation functions; builtins that only move pointers
   around; the summary of a function defined in this unit; the noescape promises
   its declaration makes (plugin/attributes.cc); GCC's own fnspec string for the
   callee; a table of C library functions, written as fnspec strings too; a
   declaration pure or const (its arguments reach only its result); and
   otherwise an unknown callee, to which every pointer argument escapes.
   Knowledge that rests on a function's name (allocation functions, the table) is
   used only in a hosted environment, and only for functions without a body here.

   A library function that reads memory may copy its bytes somewhere the graph does
   not see (strcpy, sprintf, fwrite and read back): what it reads goes to {bytes},
   unless it only inspects it (byte_inspector_p) or it is a memcpy of one object onto
   another of the same type (typed_copy_p), whose pointers stay readable as
   pointers.  A formatting function whose format may print a pointer's value (%p)
   sends its pointer arguments to {bytes} too, and its pointer-wide integer
   arguments always.  */

#include "gimple/escape.h"
#include "plugin/options.h"
#include "plugin/attributes.h"
#include "fold-const.h"

/* -ffreestanding clears this C front-end flag; it is absent from compilers that
   have no C front end, which run no analysis.  */
extern int flag_hosted __attribute__ ((weak));

static bool
hosted_p (void)
{
  return &flag_hosted && flag_hosted;
}

/* The name of the C library function FN may be, if any: a builtin's (without
   "__builtin_"), or in a hosted environment (or if ANY_ENVIRONMENT) an
   external function's (e.g. under -fno-builtin).  A body the C library's
   headers give for inlining only (glibc's extern inline bsearch and atoi at
   -O1 and above) does not make it another function: the notes stay the same
   at every -O level.  The tables below are searched with one name, not one
   look-up of FN per entry.  */
const char *
library_name (tree fn, bool any_environment)
{
  if (!fn || !DECL_NAME (fn))
    return NULL;
  cgraph_node *node = cgraph_node::get (fn);
  if (node && node->has_gimple_body_p () && !DECL_EXTERNAL (fn))
    return NULL;
  const char *id = IDENTIFIER_POINTER (DECL_NAME (fn));
  bool builtin = fndecl_built_in_p (fn, BUILT_IN_NORMAL);
  if (builtin && startswith (id, "__builtin_"))
    id += strlen ("__builtin_");
  return builtin || ((any_environment || hosted_p ()) && TREE_PUBLIC (fn)) ? id : NULL;
}

/* Whether ID, a library_name, is NAME.  */
static bool
named_p (const char *id, const char *name)
{
  return id && !strcmp (id, name);
}

/* The library_name of the function CALL calls.  */
static const char *
callee_library_name (const gcall *call)
{
  return library_name (gimple_call_fndecl (call));
}

/* The allocators of the C library, with the number of arguments a call must have
   (a call through an unprototyped declaration may have others).  memalign takes
   aligned_alloc's arguments and keeps its promise (glibc's blocks of both are
   released with free).  */
static const struct { const char *name; alloc_kind kind; unsigned nargs; }
alloc_functions[] = {
  { "malloc", AK_MALLOC, 1 }, { "calloc", AK_CALLOC, 2 }, { "realloc", AK_REALLOC, 2 },
  { "aligned_alloc", AK_ALIGNED_ALLOC, 2 }, { "memalign", AK_ALIGNED_ALLOC, 2 },
  { "strdup", AK_STRDUP, 1 }, { "strndup", AK_STRNDUP, 2 },
};

/* What a function named in -fplugin-arg-escape-allocator may behave as, with
   the number of arguments a call must have.  */
static const struct { const char *kind; alloc_kind ak; unsigned nargs; }
declared_kinds[] = {
  { "malloc", AK_MALLOC, 1 }, { "zalloc", AK_ZALLOC, 1 }, { "calloc", AK_CALLOC, 2 },
  { "strdup", AK_STRDUP, 1 }, { "strndup", AK_STRNDUP, 2 },
};

/* The kind CALL of a function the user declared an allocator has.  */
static alloc_kind
declared_kind (const gcall *call)
{
  tree fn = gimple_call_fndecl (call);
  const char *kind;
  if (!fn || !DECL_NAME (fn)
      || !declared_allocator_p (IDENTIFIER_POINTER (DECL_NAME (fn)), &kind))
    return AK_NONE;
  for (const auto &d : declared_kinds)
    if (!strcmp (d.kind, kind) && gimple_call_num_args (call) == d.nargs)
      return d.ak;
  return AK_NONE;
}

alloc_kind
allocation_kind (const gcall *call)
{
  const char *id = callee_library_name (call);
  for (const auto &a : alloc_functions)
    if (named_p (id, a.name) && gimple_call_num_args (call) == a.nargs)
      return a.kind;
  if (guarded_realloc_p (call))
    return AK_REALLOC;
  if (alloc_kind k = declared_kind (call))
    return k;
  tree fn = gimple_call_fndecl (call);
  if (fn && DECL_IS_MALLOC (fn))
    return AK_MALLOC_ATTR;
  return AK_NONE;
}

/* Whether FN calls an allocator: only then has its graph allocation sites.  */
bool
allocates_p (function *fn)
{
  basic_block bb;
  FOR_EACH_BB_FN (bb, fn)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi); gsi_next (&gsi))
      if (gcall *call = dyn_cast <gcall *> (gsi_stmt (gsi)))
	if (allocation_kind (call))
	  return true;
  return false;
}

bool
free_call_p (const gcall *call)
{
  return (named_p (callee_library_name (call), "free") && gimple_call_num_args (call) == 1)
	 || guarded_free_p (call);
}

/* C library functions GCC has no fnspec for, as fnspec strings (attr-fnspec.h):
   return ('1'-'4' returns that argument, '.' unknown), one blank, then two
   characters per argument ('R' read, 'O' written, 'W' read and written, '1'-'9'
   copied into that argument's memory, 'x' not a pointer).  None of them keeps a
   pointer argument.  VARIADIC: what the function does with the arguments past
   the fixed ones (none: they escape).  ARG0_STORED_THROUGH: an argument through
   which the function stores a pointer into its first argument (strtol's endptr,
   strtok_r's saveptr); RESULT_THROUGH: an argument through which the function
   may load its result (strtok_r's saveptr); 0 for none.  ONE_OBJECT_ARGS: bit I
   set if argument I points to one object of the type it points to, which is
   all the function reads there (an mbstate_t): the read is of that part.  */
enum variadic_use { VA_NONE, VA_READ, VA_WRITTEN };

struct library_function
{
  const char *name;
  const char *fnspec;
  variadic_use variadic;
  unsigned char arg0_stored_through;
  unsigned char result_through;
  unsigned char one_object_args;
};

static const library_function library_table[] = {
  { "printf", ". R ", VA_READ },
  { "fprintf", ". W R ", VA_READ },
  { "dprintf", ". x R ", VA_READ },
  { "sprintf", ". O R ", VA_READ },
  { "snprintf", ". O x R ", VA_READ },
  { "vprintf", ". R R " },
  { "vfprintf", ". W R R " },
  { "vsprintf", ". O R R " },
  { "vsnprintf", ". O x R R " },
  { "__printf_chk", ". x R ", VA_READ },
  { "__fprintf_chk", ". W x R ", VA_READ },
  { "__sprintf_chk", ". O x x R ", VA_READ },
  { "__snprintf_chk", ". O x x x R ", VA_READ },
  { "puts", ". R " },
  { "fputs", ". R W " },
  { "fputc", ". x W " },
  { "putc", ". x W " },
  { "fwrite", ". R x x W " },
  { "fread", ". O x x W " },
  { "fgets", "1 O x W " },
  { "fflush", ". W " },
  { "fgetc", ". W " },
  { "getc", ". W " },
  { "ungetc", ". x W " },
  { "fileno", ". R " },
  { "feof", ". R " },
  { "ferror", ". R " },
  { "clearerr", ". W " },
  { "fseek", ". W x x " },
  { "fseeko", ". W x x " },
  { "ftell", ". R " },
  { "ftello", ". R " },
  { "rewind", ". W " },
  { "fopen", ". R R " },
  { "perror", ". R " },
  { "strcmp", ". R R " },
  { "strncmp", ". R R x " },
  { "strcasecmp", ". R R " },
  { "strncasecmp", ". R R x " },
  { "strcoll", ". R R " },
  { "memcmp", ". R R x " },
  { "strlen", ". R " },
  { "strnlen", ". R x " },
  { "strspn", ". R R " },
  { "strcspn", ". R R " },
  { "strchr", "1 R x " },
  { "strrchr", "1 R x " },
  { "memchr", "1 R x x " },
  { "strstr", "1 R R " },
  { "strpbrk", "1 R R " },
  { "memcpy", "1 O 1 x " },
  { "memmove", "1 O 1 x " },
  { "memset", "1 O x x " },
  { "strcpy", "1 O R " },
  { "strncpy", "1 O R x " },
  { "strcat", "1 W R " },
  { "strncat", "1 W R x " },
  { "atoi", ". R " },
  { "atol", ". R " },
  { "atoll", ". R " },
  { "atof", ". R " },
  { "strtol", ". R O x ", VA_NONE, 1 },
  { "strtoul", ". R O x ", VA_NONE, 1 },
  { "strtoll", ". R O x ", VA_NONE, 1 },
  { "strtoull", ". R O x ", VA_NONE, 1 },
  { "strtod", ". R O ", VA_NONE, 1 },
  { "strtof", ". R O ", VA_NONE, 1 },
  { "strtok_r", "1 W R W ", VA_NONE, 2, 2 },
  { "sscanf", ". R R ", VA_WRITTEN },
  { "fscanf", ". W R ", VA_WRITTEN },
  { "scanf", ". R ", VA_WRITTEN },
  { "remove", ". R " },
  { "unlink", ". R " },
  { "rename", ". R R " },
  { "access", ". R x " },
  { "open", ". R x ", VA_READ },
  { "read", ". x O x " },
  { "write", ". x R x " },
  { "getenv", ". R " },
  { "mbrtowc", ". O R x W ", VA_NONE, 0, 0, 1 << 3 },
  { "mbrlen", ". R x W ", VA_NONE, 0, 0, 1 << 2 },
  { "mbsinit", ". R ", VA_NONE, 0, 0, 1 << 0 },
  { "mbtowc", ". O R x " },
  { "mblen", ". R x " },
  { "wcrtomb", ". O x W ", VA_NONE, 0, 0, 1 << 2 },
  { "wctomb", ". O x " },
  { "mbstowcs", ". O R x " },
  { "wcstombs", ". O R x " },
  { "time", ". O " },
  { "gettimeofday", ". O O " },
  { "clock_gettime", ". x O " },
};

/* Functions that read their arguments' memory only to compute a number, a truth
   value or a pointer into that memory: no byte read leaves them.  */
static const char *const byte_inspectors[] = {
  "strcmp", "strncmp", "strcasecmp", "strncasecmp", "strcoll", "memcmp", "bcmp",
  "strlen", "strnlen", "strspn", "strcspn", "strchr", "strrchr", "memchr", "strstr",
  "strpbrk", "strtok_r", "atoi", "atol", "atoll", "atof", "strtol", "strtoul",
  "strtoll", "strtoull", "strtod", "strtof", "remove", "unlink", "rename", "access",
  "open", "getenv", "fopen", "mbrlen", "mbsinit", "mblen"
};

static bool
byte_inspector_p (const gcall *call)
{
  const char *id = callee_library_name (call);
  for (const char *name : byte_inspectors)
    if (named_p (id, name))
      return true;
  return false;
}

/* The entry of library_table for the function named ID, a library_name, or for
   the function gnulib replaces with it (rpl_mbrtowc for mbrtowc: a replacement
   keeps the contract of the function it replaces, which is its purpose), or
   NULL.  */
static const library_function *
library_entry (const char *id)
{
  if (id && startswith (id, "rpl_"))
    id += strlen ("rpl_");
  for (const library_function &f : library_table)
    if (named_p (id, f.name))
      return &f;
  return NULL;
}

/* The entry of library_table for the function CALL calls, if CALL passes the
   arguments the entry describes: a call through an unprototyped or conflicting
   declaration may pass fewer (configure's link tests declare char memcpy ();
   and call memcpy ()), and is an unknown call.  */
static const library_function *
find_library_function (const gcall *call)
{
  const library_function *f = library_entry (callee_library_name (call));
  return f && gimple_call_num_args (call) >= (strlen (f->fnspec) - 2) / 2 ? f : NULL;
}

/* Whether FN is a C library function modelled here.  */
bool
library_function_p (tree fn)
{
  if (fndecl_built_in_p (fn, BUILT_IN_NORMAL))
    return true;
  const char *id = library_name (fn);
  for (const auto &a : alloc_functions)
    if (named_p (id, a.name))
      return true;
  if (library_entry (id))
    return true;
  for (const char *name : byte_inspectors)
    if (named_p (id, name))
      return true;
  return named_p (id, "free");
}

/* VALS with SHIFT more dereferences each.  */
static void
shift_values (val_list &vals, int shift)
{
  for (esc_val &v : vals)
    v.derefs += shift;
}

static bool
pointer_arg_p (tree arg)
{
  tree t = TREE_TYPE (arg);
  return POINTER_TYPE_P (t) || AGGREGATE_TYPE_P (t);
}

static void
escape_args (escape_graph &g, gcall *call, unsigned first)
{
  for (unsigned i = first; i < gimple_call_num_args (call); i++)
    {
      tree arg = gimple_call_arg (call, i);
      if (!carries_pointer_p (TREE_TYPE (arg)))
	continue;
      val_list v;
      value_of (g, arg, v);
      flow_values (g, HEAP_LOC, v, call, ER_CALL_ARG);
    }
}

static void
result_unknown (escape_graph &g, gcall *call)
{
  tree lhs = gimple_call_lhs (call);
  if (!lhs)
    return;
  val_list unknown;
  push_val (unknown, HEAP_LOC, 0);
  assign_to (g, lhs, unknown, call, ER_CALL_RESULT);
}

/* A callee we know nothing about.  Its result, if LHS, is unknown memory.  */
static void
build_unknown_call (escape_graph &g, gcall *call, tree lhs)
{
  escape_args (g, call, 0);
  if (lhs)
    result_unknown (g, call);
}

/* Whether CALL copies raw memory between its arguments, pointers included.
   String and formatting functions copy characters.  */
static bool
raw_copy_p (const gcall *call)
{
  static const built_in_function copies[] = {
    BUILT_IN_MEMCPY, BUILT_IN_MEMMOVE, BUILT_IN_MEMPCPY, BUILT_IN_MEMCPY_CHK,
    BUILT_IN_MEMMOVE_CHK, BUILT_IN_MEMPCPY_CHK
  };
  for (built_in_function f : copies)
    if (gimple_call_builtin_p (call, f))
      return true;
  const char *id = callee_library_name (call);
  return named_p (id, "memcpy") || named_p (id, "memmove");
}

/* Whether raw copy CALL (destination, source, size) copies a whole object onto an
   object of the same type: every pointer lands where a pointer was.  */
static bool
typed_copy_p (const gcall *call)
{
  if (gimple_call_num_args (call) != 3)
    return false;
  tree dst = gimple_call_arg (call, 0), src = gimple_call_arg (call, 1);
  if (TREE_CODE (dst) != ADDR_EXPR || TREE_CODE (src) != ADDR_EXPR)
    return false;
  tree type = TYPE_MAIN_VARIANT (TREE_TYPE (TREE_OPERAND (dst, 0)));
  return type == TYPE_MAIN_VARIANT (TREE_TYPE (TREE_OPERAND (src, 0)))
	 && COMPLETE_TYPE_P (type)
	 && tree_int_cst_equal (TYPE_SIZE_UNIT (type), gimple_call_arg (call, 2));
}

/* Whether a formatting function LIB called as CALL may print the value of one of
   its pointer arguments (%p): its format, the last fixed argument, is not a
   string constant or has a conversion ending in 'p'.  */
static bool
may_print_pointer_p (const gcall *call, const library_function *lib)
{
  unsigned fixed = (strlen (lib->fnspec) - 2) / 2;
  if (fixed == 0 || fixed > gimple_call_num_args (call))
    return true;
  const char *fmt = c_getstr (gimple_call_arg (call, fixed - 1));
  if (!fmt)
    return true;
  for (const char *c = fmt; (c = strchr (c, '%')); )
    {
      c++;
      c += strspn (c, "0123456789.-+ #'*$hlLqjzt");
      if (*c == 'p')
	return true;
      if (*c)
	c++;
    }
  return false;
}

/* A call to a function whose memory effects FS describes; LIB, if any, is its
   entry in the library table, whose return description is authoritative: '.'
   there means a pointer unrelated to the arguments.  Without one, a pointer
   result may be any argument.  LHS, if any, receives the result.  */
static void
build_fnspec_call (escape_graph &g, gcall *call, attr_fnspec fs,
		   const library_function *lib, tree lhs)
{
  bool pointer_result = lhs && POINTER_TYPE_P (TREE_TYPE (lhs));
  unsigned ret_arg = 0;
  bool returns_arg = lib ? attr_fnspec (lib->fnspec).returns_arg (&ret_arg)
			 : fs.returns_arg (&ret_arg);
  bool result_from_args = returns_arg || !lib;
  bool variadic_read = lib && lib->variadic == VA_READ;
  bool variadic_written = lib && lib->variadic == VA_WRITTEN;
  bool raw_copy = raw_copy_p (call);
  bool copies_reads = !byte_inspector_p (call) && !(raw_copy && typed_copy_p (call));
  bool prints_pointers = variadic_read && may_print_pointer_p (call, lib);
  unsigned nargs = gimple_call_num_args (call);
  val_list to_lhs;
  auto_vec<unsigned, 4> written;
  auto_vec<val_list *, 4> copied;	/* Contents copied into each argument.  */
  copied.safe_grow_cleared (nargs);
  for (unsigned i = 0; i < nargs; i++)
    {
      tree arg = gimple_call_arg (call, i);
      bool specified = fs.arg_specified_p (i);
      val_list v;
      if (!pointer_arg_p (arg))
	{
	  /* A formatting function prints the value of an integer (%lx).  */
	  if (variadic_read && !specified && carries_pointer_p (TREE_TYPE (arg)))
	    {
	      value_of (g, arg, v);
	      copy_as_bytes (g, v, 0);
	    }
	  continue;
	}
      value_of (g, arg, v);
      unsigned copied_to = 0;
      bool kept = specified && fs.arg_used_p (i) && !fs.arg_noescape_p (i)
		  && !fs.arg_copied_to_arg_p (i, &copied_to);
      if (!specified && variadic_written)
	{
	  written.safe_push (i);
	  continue;
	}
      if ((!specified && !variadic_read) || kept)
	{
	  flow_values (g, HEAP_LOC, v, call, ER_CALL_ARG);
	  continue;
	}
      if (specified && !fs.arg_used_p (i))
	continue;
      if (copies_reads && (specified ? fs.arg_maybe_read_p (i) : variadic_read)
	  && !(lib && (lib->one_object_args & (1 << i))
	       && read_part (g, build_simple_mem_ref (arg))))
	copy_as_bytes (g, v, 1);
      if (prints_pointers && !specified)
	copy_as_bytes (g, v, 0);
      if (result_from_args && (!returns_arg || ret_arg == i))
	to_lhs.safe_splice (v);
      if (specified && fs.arg_maybe_written_p (i))
	written.safe_push (i);
      if (raw_copy && specified && fs.arg_copied_to_arg_p (i, &copied_to)
	  && copied_to < nargs)
	{
	  if (!copied[copied_to])
	    copied[copied_to] = new val_list;
	  for (esc_val x : v)
	    push_val (*copied[copied_to], x.loc, x.derefs + 1);
	}
    }
  for (unsigned i : written)
    {
      val_list ptrs, vals;
      value_of (g, gimple_call_arg (call, i), ptrs);
      if (copied[i])
	vals.safe_splice (*copied[i]);
      if (lib && lib->arg0_stored_through && i == lib->arg0_stored_through)
	value_of (g, gimple_call_arg (call, 0), vals);
      /* A scanf conversion stores text's value: %p makes a pointer of it.  */
      if (variadic_written && !fs.arg_specified_p (i))
	push_val (vals, HEAP_LOC, 0);
      store_through (g, ptrs, vals, call, ER_CALL_ARG);
    }
  if (lib && lib->result_through && lib->result_through < nargs)
    {
      val_list through;
      value_of (g, gimple_call_arg (call, lib->result_through), through);
      shift_values (through, 1);
      to_lhs.safe_splice (through);
    }
  for (val_list *c : copied)
    delete c;
  if (!pointer_result)
    return;
  if (!returns_arg)
    push_val (to_lhs, HEAP_LOC, 0);
  assign_to (g, lhs, to_lhs, call, ER_CALL_RESULT);
}

/* Values V, given to CALL, reach the callee's roots with the dereferences TO
   gives less SHIFT: send them to the caller's, and what reaches the callee's
   result to TO_LHS.  */
static void
leak_values (escape_graph &g, gcall *call, const val_list &v, const leak_levels &to,
	     int shift, val_list &to_lhs)
{
  if (to.heap != NOT_REACHED)
    {
      val_list h;
      h.safe_splice (v);
      shift_values (h, to.heap - shift);
      flow_values (g, HEAP_LOC, h, call, ER_CALL_ARG);
    }
  if (to.result != NOT_REACHED)
    {
      val_list r;
      r.safe_splice (v);
      shift_values (r, to.result - shift);
      to_lhs.safe_splice (r);
    }
  if (to.bytes != NOT_REACHED)
    copy_as_bytes (g, v, to.bytes - shift);
  if (to.freed != NOT_REACHED)
    {
      val_list f;
      f.safe_splice (v);
      shift_values (f, to.freed - shift);
      flow_values (g, FREE_LOC, f, call, ER_CALL_ARG);
      for (const esc_val &x : v)
	{
	  callee_free c = { x, call, false };
	  g.callee_frees.safe_push (c);
	}
    }
}

/* The entries of callee_frees from FIRST on were made by one call, which
   checks the guard runtime's table before it frees if GUARDED.  */
static void
settle_callee_frees (escape_graph &g, unsigned first, bool guarded)
{
  for (unsigned i = first; i < g.callee_frees.length (); i++)
    {
      g.callee_frees[i].guarded = guarded;
      g.frees_unguarded |= !guarded;
    }
}

/* The values V of argument ARG of CALL, passed to a parameter that LEAK
   describes of a function that may write foreign memory if WRITES_FOREIGN;
   what the parameter leaks to the function's result goes to TO_LHS.  A part
   of what ARG points to that LEAK lists is loaded from there, or if that part
   is not known, all ARG points to is.  */
static void
pass_to_summarized_param (escape_graph &g, gcall *call, tree arg, const val_list &v,
			  const param_leak &leak, bool writes_foreign, val_list &to_lhs)
{
  leak_values (g, call, v, leak.to, 0, to_lhs);
  if (writes_foreign)
    for (const esc_val &x : v)
      g.heap_writes.safe_push (flow_to_temp (g, x, call));
  replay_stores (g, call, v, leak);
  read_parts_through (g, arg, leak);
  for (unsigned i = 0; i < leak.nparts; i++)
    {
      val_list part;
      if (load_part_through (g, arg, leak.parts[i].part, part))
	leak_values (g, call, part, leak.parts[i].to, 1, to_lhs);
      else
	leak_values (g, call, v, leak.parts[i].to, 0, to_lhs);
    }
}

/* A call to a function of this unit whose summary is S.  LHS, if any, receives
   the result.  */
static void
build_summarized_call (escape_graph &g, gcall *call, const esc_summary &s, tree lhs)
{
  unsigned first_free = g.callee_frees.length ();
  val_list to_lhs;
  for (unsigned i = 0; i < gimple_call_num_args (call); i++)
    {
      tree arg = gimple_call_arg (call, i);
      if (!carries_pointer_p (TREE_TYPE (arg)))
	continue;
      val_list v;
      value_of (g, arg, v);
      if (i >= s.params.length ())
	flow_values (g, HEAP_LOC, v, call, ER_CALL_ARG);
      else
	pass_to_summarized_param (g, call, arg, v, s.params[i], s.writes_foreign, to_lhs);
    }
  settle_callee_frees (g, first_free, !s.frees_unguarded);
  if (lhs)
    {
      push_val (to_lhs, HEAP_LOC, 0);
      assign_to (g, lhs, to_lhs, call, ER_CALL_RESULT);
    }
}

/* C library functions that call back a function they are given, with the
   number of arguments a call has, which argument is the callback, which
   argument each of the callback's parameters gets (-1: none), and the argument
   the result points into (-1: none).  The functions themselves only read
   and reorder the memory they are given.  */
struct callback_function
{
  const char *name;
  unsigned nargs;
  unsigned callback;
  int params[3];
  int result;
};

static const callback_function callback_functions[] = {
  { "qsort", 4, 3, { 0, 0, -1 }, -1 },
  { "qsort_r", 5, 3, { 0, 0, 4 }, -1 },
  { "bsearch", 5, 4, { 0, 1, -1 }, 1 },
};

/* The entry of callback_functions CALL calls, or NULL.  */
static const callback_function *
callback_function_of (const gcall *call)
{
  const char *id = callee_library_name (call);
  for (const callback_function &f : callback_functions)
    if (named_p (id, f.name) && gimple_call_num_args (call) == f.nargs)
      return &f;
  return NULL;
}

/* The function that CALL, a call of a C library function that calls back a
   function it is given, is given by address; otherwise NULL.  (The call graph
   takes CALL as a call of it too: callbacks.cc.)  */
static tree
callback_of (const gcall *call)
{
  const callback_function *f = callback_function_of (call);
  if (!f)
    return NULL_TREE;
  tree cb = gimple_call_arg (call, f->callback);
  if (TREE_CODE (cb) != ADDR_EXPR || TREE_CODE (TREE_OPERAND (cb, 0)) != FUNCTION_DECL)
    return NULL_TREE;
  return TREE_OPERAND (cb, 0);
}

/* If CALL is one of callback_functions whose callback is a function of this
   unit with a summary, build it by that summary (what the callback returns
   stays in the library function; it is given pointers into the arrays, not to
   their starts, so the parts its summary reads or leaks are taken whole) and
   return true.  */
static bool
build_callback_call (escape_graph &g, gcall *call, tree lhs)
{
  tree cb = callback_of (call);
  const esc_summary *s = cb ? summary_for_decl (cb) : NULL;
  if (!s)
    return false;
  const callback_function &f = *callback_function_of (call);
  unsigned first_free = g.callee_frees.length ();
  val_list unused;
  for (unsigned i = 0; i < ARRAY_SIZE (f.params) && f.params[i] >= 0; i++)
    {
      tree arg = gimple_call_arg (call, f.params[i]);
      val_list v;
      value_of (g, arg, v);
      if (i < s->params.length ())
	pass_to_summarized_param (g, call, arg, v, leak_as_whole (s->params[i]),
				  s->writes_foreign, unused);
      else
	flow_values (g, HEAP_LOC, v, call, ER_CALL_ARG);
    }
  settle_callee_frees (g, first_free, !s->frees_unguarded);
  if (lhs && f.result >= 0)
    {
      val_list r;
      value_of (g, gimple_call_arg (call, f.result), r);
      assign_to (g, lhs, r, call, ER_CALL_RESULT);
    }
  return true;
}

/* If the type CALL calls through promises that some parameter does not escape,
   build the call by the summary the promises give (a parameter under
   noescape_shallow leaks only what it points to, one under noescape may have
   what it points to read as bytes; the others are unknown, and so is what the
   callee stores) and return true.  Not for an IPA clone (after inlining): its
   parameters may have changed while its type kept the numbers of the
   original's.  */
static bool
build_promised_call (escape_graph &g, gcall *call, tree lhs)
{
  tree fn = gimple_call_fndecl (call);
  cgraph_node *node = fn ? cgraph_node::get (fn) : NULL;
  if (node && gcc_clone_p (node))
    return false;
  tree fntype = gimple_call_fntype (call);
  bool any = false;
  esc_summary s;
  s.params = vNULL;
  s.writes_foreign = true;
  s.frees_unguarded = true;
  for (unsigned i = 0; i < gimple_call_num_args (call); i++)
    {
      escape_promise promise = assumed_noescape_p (fn, i)
			       ? PROMISE_DEEP : parameter_promise (fntype, i);
      int derefs = promise == PROMISE_NONE ? 0 : promise == PROMISE_SHALLOW ? 1 : NOT_REACHED;
      param_leak leak = { { derefs, derefs, promise == PROMISE_NONE ? 0 : NOT_REACHED,
			    promise == PROMISE_NONE ? 0 : 1 } };
      s.params.safe_push (leak);
      any |= promise != PROMISE_NONE;
    }
  if (any)
    build_summarized_call (g, call, s, lhs);
  s.params.release ();
  return any;
}

/* A call to a function declared pure or const, of which nothing more is known:
   it stores nothing and frees nothing, so its arguments reach only its result,
   which may also point to any memory (a pure function reads globals).  A
   truth value carries no pointer; an integer result may carry a pointer's bits
   (assign_to follows them).  LHS, if any, receives the result.  */
static void
build_pure_call (escape_graph &g, gcall *call, tree lhs)
{
  if (!lhs || TREE_CODE (TREE_TYPE (lhs)) == BOOLEAN_TYPE)
    return;
  val_list vals;
  for (unsigned i = 0; i < gimple_call_num_args (call); i++)
    value_of (g, gimple_call_arg (call, i), vals);
  if (POINTER_TYPE_P (TREE_TYPE (lhs)))
    push_val (vals, HEAP_LOC, 0);
  assign_to (g, lhs, vals, call, ER_CALL_RESULT);
}

/* What CALL does with its arguments, by the best knowledge available; LHS, if
   any, receives its result.  */
static void
build_known_call (escape_graph &g, gcall *call, tree lhs)
{
  const library_function *lib = find_library_function (call);
  attr_fnspec fs = gimple_call_fnspec (call);
  if (const esc_summary *s = summary_for_call (call))
    build_summarized_call (g, call, *s, lhs);
  else if (build_promised_call (g, call, lhs) || build_callback_call (g, call, lhs))
    ;
  else if (fs.known_p ())
    build_fnspec_call (g, call, fs, lib, lhs);
  else if (lib)
    build_fnspec_call (g, call, attr_fnspec (lib->fnspec), lib, lhs);
  else if (gimple_call_flags (call) & (ECF_CONST | ECF_PURE))
    build_pure_call (g, call, lhs);
  else
    build_unknown_call (g, call, lhs);
}

/* If FN is declared the deallocator of some allocator (GCC 11+
   __attribute__ ((malloc (FN, ARGNO))), which marks FN "*dealloc"): the index of
   the argument it releases; otherwise -1.  */
static int
deallocated_arg (tree fn)
{
  tree attr = lookup_attribute ("*dealloc", DECL_ATTRIBUTES (fn));
  if (!attr || !TREE_VALUE (attr))
    return -1;
  tree pos = TREE_CHAIN (TREE_VALUE (attr));
  if (!pos)
    return 0;
  pos = TREE_VALUE (pos);
  return tree_fits_uhwi_p (pos) && tree_to_uhwi (pos) >= 1 ? tree_to_uhwi (pos) - 1 : -1;
}

/* A call to a declared deallocator that releases argument ARGNO: the block goes
   to the free sink, not to {heap}, and no block it may receive is moved (the
   rewrite removes only free); the other arguments are unknown.  */
static void
build_deallocation (escape_graph &g, gcall *call, unsigned argno)
{
  for (unsigned i = 0; i < gimple_call_num_args (call); i++)
    {
      val_list v;
      value_of (g, gimple_call_arg (call, i), v);
      if (i != argno)
	{
	  flow_values (g, HEAP_LOC, v, call, ER_CALL_ARG);
	  continue;
	}
      flow_values (g, FREE_LOC, v, call, ER_CALL_ARG);
      for (const esc_val &x : v)
	{
	  callee_free c = { x, call, false };
	  g.callee_frees.safe_push (c);
	}
    }
  g.frees_unguarded = true;
  result_unknown (g, call);
}

/* CALL frees (or, for realloc, consumes) the block its first argument points to.  */
static void
free_first_arg (escape_graph &g, gcall *call)
{
  val_list v;
  value_of (g, gimple_call_arg (call, 0), v);
  flow_values (g, FREE_LOC, v, call, ER_CALL_ARG);
}

/* A realloc that checks the guard runtime's table (guard.cc), CALL, whose new
   block is location A: it receives what the old block holds, and the old block
   goes to the free sink as a block a callee frees, so that a promoted block
   it may receive is registered.  */
static void
build_guarded_realloc (escape_graph &g, gcall *call, unsigned a)
{
  val_list v;
  value_of (g, gimple_call_arg (call, 0), v);
  flow_values (g, FREE_LOC, v, call, ER_CALL_ARG);
  val_list contents;
  contents.safe_splice (v);
  shift_values (contents, 1);
  flow_values (g, a, contents, call, ER_CALL_ARG);
  for (const esc_val &x : v)
    {
      callee_free c = { x, call, true };
      g.callee_frees.safe_push (c);
    }
}

/* An allocation: a new location for the block, whose address the call returns.
   The C library allocators only read their arguments, but realloc consumes its
   block; other functions declared malloc do what we know of them.  */
static void
build_allocation (escape_graph &g, gcall *call, alloc_kind kind)
{
  unsigned a = g.new_loc (LK_ALLOC, NULL_TREE, call);
  g.allocs.safe_push (a);
  if (kind == AK_REALLOC && guarded_realloc_p (call))
    build_guarded_realloc (g, call, a);
  else if (kind == AK_REALLOC)
    {
      escape_args (g, call, 0);
      free_first_arg (g, call);
    }
  else if (kind == AK_MALLOC_ATTR)
    build_known_call (g, call, NULL_TREE);
  if (tree lhs = gimple_call_lhs (call))
    {
      val_list v;
      push_val (v, a, -1);
      assign_to (g, lhs, v, call, ER_CALL_RESULT);
    }
}

/* Whether CODE is one of the builtins FIRST_1 .. FIRST_1 + 4 (the _1, _2, _4, _8
   and _16 variants of an atomic operation).  */
static bool
atomic_variant_p (built_in_function code, built_in_function first_1)
{
  return code >= first_1 && code <= first_1 + 4;
}

/* The __atomic builtins on 1- to 16-byte objects: a load from, a store to, or both
   on the memory their first argument points to.  Return true if CALL is one and
   has been modelled.  */
static bool
build_atomic_builtin (escape_graph &g, gcall *call)
{
  if (!gimple_call_builtin_p (call, BUILT_IN_NORMAL))
    return false;
  built_in_function code = DECL_FUNCTION_CODE (gimple_call_fndecl (call));
  bool loads, stored_arg;
  if (atomic_variant_p (code, BUILT_IN_ATOMIC_LOAD_1))
    loads = true, stored_arg = false;
  else if (atomic_variant_p (code, BUILT_IN_ATOMIC_STORE_1))
    loads = false, stored_arg = true;
  else if (atomic_variant_p (code, BUILT_IN_ATOMIC_EXCHANGE_1)
	   || (code >= BUILT_IN_ATOMIC_ADD_FETCH_1 && code <= BUILT_IN_ATOMIC_FETCH_OR_16))
    loads = true, stored_arg = true;
  else if (atomic_variant_p (code, BUILT_IN_ATOMIC_COMPARE_EXCHANGE_1))
    {
      /* *ptr = desired on success, *expected = *ptr on failure.  */
      val_list ptr, expected, desired, current;
      value_of (g, gimple_call_arg (call, 0), ptr);
      value_of (g, gimple_call_arg (call, 1), expected);
      value_of (g, gimple_call_arg (call, 2), desired);
      current.safe_splice (ptr);
      shift_values (current, 1);
      store_through (g, ptr, desired, call, ER_CALL_ARG);
      store_through (g, expected, current, call, ER_CALL_ARG);
      return true;
    }
  else
    return false;
  val_list ptr, contents;
  value_of (g, gimple_call_arg (call, 0), ptr);
  contents.safe_splice (ptr);
  shift_values (contents, 1);
  if (stored_arg)
    {
      val_list vals;
      value_of (g, gimple_call_arg (call, 1), vals);
      if (loads)
	vals.safe_splice (contents);
      store_through (g, ptr, vals, call, ER_CALL_ARG);
    }
  tree lhs = gimple_call_lhs (call);
  if (loads && lhs)
    assign_to (g, lhs, contents, call, ER_CALL_RESULT);
  return true;
}

/* Builtins that only compute with their arguments.  Return true if CALL is one
   and has been modelled.  */
static bool
build_pure_builtin (escape_graph &g, gcall *call)
{
  if (!gimple_call_builtin_p (call, BUILT_IN_NORMAL))
    return false;
  tree lhs = gimple_call_lhs (call);
  switch (DECL_FUNCTION_CODE (gimple_call_fndecl (call)))
    {
    case BUILT_IN_VA_START:
    case BUILT_IN_VA_END:
    case BUILT_IN_VA_COPY:
    case BUILT_IN_STACK_SAVE:
    case BUILT_IN_STACK_RESTORE:
    case BUILT_IN_OBJECT_SIZE:
    case BUILT_IN_DYNAMIC_OBJECT_SIZE:
    case BUILT_IN_CONSTANT_P:
    case BUILT_IN_PREFETCH:
    case BUILT_IN_UNREACHABLE:
    case BUILT_IN_TRAP:
    case BUILT_IN_ABORT:
    case BUILT_IN_EXIT:
      return true;
    case BUILT_IN_EXPECT:
    case BUILT_IN_EXPECT_WITH_PROBABILITY:
    case BUILT_IN_ASSUME_ALIGNED:
      if (lhs)
	{
	  val_list v;
	  value_of (g, gimple_call_arg (call, 0), v);
	  assign_to (g, lhs, v, call, ER_CALL_RESULT);
	}
      return true;
    case BUILT_IN_ALLOCA:
    case BUILT_IN_ALLOCA_WITH_ALIGN:
    case BUILT_IN_ALLOCA_WITH_ALIGN_AND_MAX:
      if (lhs)
	{
	  val_list v;
	  push_val (v, g.new_loc (LK_STACK, NULL_TREE, call), -1);
	  assign_to (g, lhs, v, call, ER_CALL_RESULT);
	}
      return true;
    default:
      return false;
    }
}

static void
build_internal_call (escape_graph &g, gcall *call)
{
  tree lhs = gimple_call_lhs (call);
  switch (gimple_call_internal_fn (call))
    {
    case IFN_ASAN_MARK:
    case IFN_UBSAN_NULL:
    case IFN_UBSAN_BOUNDS:
    case IFN_UBSAN_OBJECT_SIZE:
    case IFN_UBSAN_PTR:
    case IFN_DEFERRED_INIT:
      return;
    case IFN_UBSAN_CHECK_ADD:
    case IFN_UBSAN_CHECK_SUB:
    case IFN_UBSAN_CHECK_MUL:
    case IFN_BUILTIN_EXPECT:
      if (lhs)
	{
	  val_list v;
	  for (unsigned i = 0; i < gimple_call_num_args (call); i++)
	    value_of (g, gimple_call_arg (call, i), v);
	  assign_to (g, lhs, v, call, ER_CALL_RESULT);
	}
      return;
    case IFN_VA_ARG:
      result_unknown (g, call);
      return;
    default:
      build_unknown_call (g, call, lhs);
    }
}

void
build_call (escape_graph &g, gcall *call)
{
  if (gimple_call_flags (call) & ECF_RETURNS_TWICE)
    {
      g.give_up (call, "function calls a returns_twice function such as setjmp");
      build_unknown_call (g, call, gimple_call_lhs (call));
      return;
    }
  if (gimple_call_internal_p (call))
    {
      build_internal_call (g, call);
      return;
    }
  if (gimple_call_chain (call))
    g.give_up (call, "call to a nested function");
  if (!gimple_call_fndecl (call))
    {
      if (!build_promised_call (g, call, gimple_call_lhs (call)))
	build_unknown_call (g, call, gimple_call_lhs (call));
    }
  else if (build_pure_builtin (g, call) || build_atomic_builtin (g, call))
    ;
  else if (free_call_p (call))
    {
      g.frees.safe_push (call);
      g.frees_unguarded |= !guarded_free_p (call);
      free_first_arg (g, call);
    }
  else if (alloc_kind kind = allocation_kind (call))
    build_allocation (g, call, kind);
  else if (int argno = deallocated_arg (gimple_call_fndecl (call)) + 1)
    build_deallocation (g, call, argno - 1);
  else
    build_known_call (g, call, gimple_call_lhs (call));
}
