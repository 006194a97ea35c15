/* Instrumentation for the heap lifetime profile (-fplugin-arg-escape-profile).

   The profile joins what the analysis knows about each allocation site (moved
   to the stack, kept on the heap and why, escapes and how) to what the program
   does with the site's blocks at run time: how many it allocates, of what
   size, and how many frames up each dies.  runtime/escape-profile.h is the
   contract with the runtime (runtime/profile.c) and the report tool; this file
   makes the compiled code keep its side of it.

   Frames.  The first pass instruments each function after analysing it, before
   GCC inlines anything, so a function inlined later still pushes its frame on
   the runtime's shadow stack: a lifetime of "freed by the caller" means the
   caller the source shows.  GCC's -finstrument-functions does the same for the
   same reason.  A function gets

     __escape_profile_enter ("f\tfile.c");   on the edge from its entry
     __escape_profile_leave ();               before each return
     __escape_profile_resync (d);             after each setjmp returns

   unless it is an allocation wrapper (its block is its caller's), carries
   no_instrument_function, or calls nothing that may allocate: a frame that
   cannot never holds a block, and leaving it out changes no lifetime (most
   small functions are of this kind, and call overhead is the profile's).
   A frame costs its function no stack, or a recursion as deep as the stack
   allowed would overflow it: only a function that calls setjmp keeps the
   depth d that enter returns, for resync to drop the frames a longjmp
   skipped.  A call before a return stays a call (GCC no longer turns it into a
   jump): each frame lives until its return, as at -O0.

   Sites.  Each allocation call, and each call of a wrapper, is bracketed by
   stores of its token into a thread-local slot and of null after it; the
   runtime's malloc reads the slot.  A token is a string constant that says
   where the site is and what the analysis decided about it (its verdict),
   which the runtime copies into the profile: the decision of the first pass
   for the site as written, with the reason it stays on the heap or the first
   steps of its escape.  The stores are volatile: GCC knows malloc reads no
   memory of the program and would delete them otherwise.

   Wrappers.  A function that returns a fresh block, and nothing else, is part
   of the allocation: one declared malloc, named in -allocator=, or one whose
   every return value is the result of an allocation call or of such a
   function (or null).  Its caller brackets the call; its own sites store into
   the inner slot, which counts only when the caller did not know, and only
   the outermost wrapper's (a wrapper stores its token only where none is).

   After inlining.  When the pass after inlining would move a copy of a site
   (in cc1, or in lto1 at link time), it gives that copy's bracket a token
   whose verdict says so (relabel_moved_sites).  With promote the copy is moved
   and its bracket brackets nothing; without it the profile tells what promote
   would do.  */

#include "gimple/escape.h"
#include "plugin/options.h"
#include "stringpool.h"
#include "varasm.h"
#include "fold-const.h"
#include "langhooks.h"
#include "tree-into-ssa.h"
#include "tree-cfg.h"
#include "calls.h"

/* The runtime's thread-local slots and hooks (runtime/escape-profile.h).  */
static const char SITE_SLOT[] = "__escape_profile_site";
static const char INNER_SLOT[] = "__escape_profile_inner";

/* The type of a token: const char *.  */
static tree
token_type (void)
{
  return build_pointer_type (build_qualified_type (char_type_node, TYPE_QUAL_CONST));
}

/* The runtime's thread-local slot NAME, declared here if this unit has not
   seen it yet.  */
static tree
runtime_slot (const char *name)
{
  if (varpool_node *v = varpool_node::get_for_asmname (get_identifier (name)))
    return v->decl;
  tree decl = build_decl (UNKNOWN_LOCATION, VAR_DECL, get_identifier (name),
			  build_qualified_type (token_type (), TYPE_QUAL_VOLATILE));
  TREE_PUBLIC (decl) = 1;
  DECL_EXTERNAL (decl) = 1;
  DECL_ARTIFICIAL (decl) = 1;
  TREE_THIS_VOLATILE (decl) = 1;
  TREE_SIDE_EFFECTS (decl) = 1;
  set_decl_tls_model (decl, decl_default_tls_model (decl));
  return decl;
}

tree
runtime_hook (const char *name, tree type)
{
  if (cgraph_node *n = cgraph_node::get_for_asmname (get_identifier (name)))
    return n->decl;
  tree decl = build_fn_decl (name, type);
  /* Called on every call of the program: through the GOT, not a PLT stub.  */
  DECL_ATTRIBUTES (decl) = tree_cons (get_identifier ("leaf"), NULL_TREE,
				      tree_cons (get_identifier ("noplt"), NULL_TREE,
						 NULL_TREE));
  TREE_NOTHROW (decl) = 1;
  /* Known to the symbol table at once: the next lookup finds this one.  */
  cgraph_node::get_create (decl);
  return decl;
}

/* TEXT as a field of a token: tabs and line ends would split it.  */
static void
append_field (pretty_printer *pp, const char *text, bool last = false)
{
  for (const char *c = text ? text : ""; *c; c++)
    pp_character (pp, *c == '\t' || *c == '\n' || *c == '\r' ? ' ' : *c);
  if (!last)
    pp_character (pp, '\t');
}

/* A string constant holding the text PP holds.  */
static tree
string_constant_of (pretty_printer *pp)
{
  const char *text = pp_formatted_text (pp);
  return build_string_literal (strlen (text) + 1, text);
}

/* The token of the allocation CALL written in function FN: where it is, what
   it calls, and VERDICT with EXPLANATION (runtime/escape-profile.h).  */
static tree
site_token (gcall *call, tree fn, const char *verdict, const char *explanation)
{
  expanded_location x = expand_location (gimple_location (call));
  pretty_printer pp, rendered;
  render_call (&rendered, call);
  append_field (&pp, x.file ? x.file : "?");
  pp_printf (&pp, "%d\t%d\t", x.line, x.column);
  append_field (&pp, lang_hooks.decl_printable_name (fn, 2));
  append_field (&pp, pp_formatted_text (&rendered));
  pp_printf (&pp, "%d\t", escape_opts.max_size);
  append_field (&pp, verdict);
  append_field (&pp, explanation, true);
  return string_constant_of (&pp);
}

/* The token of site P of G.  */
static tree
planned_site_token (escape_graph &g, const promotion &p)
{
  gcall *call = g.locs[p.loc].call;
  if (g.locs[p.loc].dist[ROOT_HEAP] < 0)
    {
      char *path = explanation_text (g, p.loc, ROOT_HEAP);
      tree t = site_token (call, g.fn->decl, "escapes", path);
      free (path);
      return t;
    }
  if (p.moved)
    return site_token (call, g.fn->decl, "moved", "");
  if (p.why && !strcmp (p.why, BYTES_REASON))
    {
      char *path = explanation_text (g, p.loc, ROOT_BYTES);
      char *why = concat (p.why, ": ", path, NULL);
      tree t = site_token (call, g.fn->decl, "kept", why);
      free (why);
      free (path);
      return t;
    }
  return site_token (call, g.fn->decl, "kept", p.why);
}

/* The heap calls the runtime counts that the analysis does not take for
   allocation sites: each is bracketed like a call of a wrapper.  */
static const char *const other_heap_functions[] = {
  "reallocarray", "posix_memalign", "valloc", "pvalloc"
};

/* Whether CALL calls one of other_heap_functions.  */
static bool
other_heap_call_p (const gcall *call)
{
  const char *name = library_name (gimple_call_fndecl (call));
  return name && listed_p (name, other_heap_functions, ARRAY_SIZE (other_heap_functions));
}

/* Wrappers.  */

/* What is known of functions' results: whether each is always a fresh block.  */
static hash_map<tree, bool> *fresh_results;

static bool returns_fresh_block_p (tree fn);

/* Whether V is null or the result of an allocation, through copies and PHIs
   (SEEN: the PHIs already on the way).  */
static bool
fresh_value_p (tree v, hash_set<gimple *> &seen)
{
  if (integer_zerop (v))
    return true;
  if (TREE_CODE (v) != SSA_NAME)
    return false;
  gimple *def = SSA_NAME_DEF_STMT (v);
  if (gcall *call = dyn_cast <gcall *> (def))
    {
      tree callee = gimple_call_fndecl (call);
      return (allocation_kind (call) || other_heap_call_p (call)
	      || (callee && returns_fresh_block_p (callee)));
    }
  if (gphi *phi = dyn_cast <gphi *> (def))
    {
      if (seen.add (phi))
	return true;
      for (unsigned i = 0; i < gimple_phi_num_args (phi); i++)
	if (!fresh_value_p (gimple_phi_arg_def (phi, i), seen))
	  return false;
      return true;
    }
  if (is_gimple_assign (def)
      && (gimple_assign_ssa_name_copy_p (def) || gimple_assign_cast_p (def)))
    return fresh_value_p (gimple_assign_rhs1 (def), seen);
  return false;
}

/* The fact COMPUTE finds in BODY, FN's, remembered in MEMO; while it is
   being found (through a recursion), the fact is ON_THE_WAY.  */
static bool
known_fact (hash_map<tree, bool> *&memo, tree fn, function *body, bool on_the_way,
	    bool (*compute) (function *))
{
  if (!memo)
    memo = new hash_map<tree, bool>;
  if (bool *known = memo->get (fn))
    return *known;
  memo->put (fn, on_the_way);
  bool fact = compute (body);
  memo->put (fn, fact);
  return fact;
}

/* Whether FN's body returns a fresh block on every return that returns.  */
static bool
body_returns_fresh_block_p (function *fn)
{
  bool any = false;
  basic_block bb;
  FOR_EACH_BB_FN (bb, fn)
    if (greturn *ret = safe_dyn_cast <greturn *> (gsi_stmt (gsi_last_bb (bb))))
      {
	tree v = gimple_return_retval (ret);
	hash_set<gimple *> seen;
	if (!v || !fresh_value_p (v, seen))
	  return false;
	any = true;
      }
  return any;
}

/* Whether FN is an allocation wrapper: declared malloc, named in -allocator=,
   or with a body here that returns only fresh blocks.  */
static bool
returns_fresh_block_p (tree fn)
{
  const char *kind;
  if (DECL_IS_MALLOC (fn) || declared_allocator_p (IDENTIFIER_POINTER (DECL_NAME (fn)), &kind))
    return true;
  if (!POINTER_TYPE_P (TREE_TYPE (TREE_TYPE (fn))))
    return false;
  function *body = DECL_STRUCT_FUNCTION (fn);
  if (!body || !body->cfg || !gimple_in_ssa_p (body))
    return false;
  /* A function on its own way counts as not fresh until it is known.  */
  return known_fact (fresh_results, fn, body, false, body_returns_fresh_block_p);
}

/* Frames.  */

/* Functions of this unit known to reach an allocation, or not.  */
static hash_map<tree, bool> *allocating;

static bool function_may_allocate_p (tree fn);

/* C library functions that never allocate, beside those declared const or
   pure: they copy or fill memory (also as _FORTIFY_SOURCE checks them) or
   convert characters and numbers.  */
static const char *const non_allocating_functions[] = {
  "memcpy", "memmove", "memset", "mempcpy", "bzero", "strcpy", "stpcpy", "strncpy",
  "stpncpy", "strcat", "strncat", "__memcpy_chk", "__memmove_chk", "__memset_chk",
  "__mempcpy_chk", "__strcpy_chk", "__stpcpy_chk", "__strncpy_chk", "__stpncpy_chk",
  "__strcat_chk", "__strncat_chk", "mbrtowc", "mbrlen", "mbsinit", "mbtowc", "mblen",
  "wcrtomb", "wctomb", "btowc", "wctob", "towlower", "towupper", "strtol", "strtoul",
  "strtoll", "strtoull", "strtoimax", "strtoumax", "fileno", "feof", "ferror", "clearerr"
};

/* C library functions whose blocks die before they return (formatting work
   buffers), but for a stream's buffer, made on its first use.  A block that
   dies inside the call is k0 whichever frame is innermost, so a function
   that allocates nothing else is no frame; a stream's buffer, a block of the
   C library, then counts in the nearest frame that may allocate otherwise.
   (The frames around character I/O and messages are the profile's
   hottest.)  */
static const char *const stream_buffer_functions[] = {
  "getc", "fgetc", "getc_unlocked", "fgetc_unlocked", "getchar", "getchar_unlocked",
  "ungetc", "putc", "fputc", "putc_unlocked", "fputc_unlocked", "putchar",
  "putchar_unlocked", "fputs", "fputs_unlocked", "puts", "fwrite", "fwrite_unlocked",
  "fread", "fread_unlocked", "fgets", "fgets_unlocked", "fflush", "fflush_unlocked",
  "printf", "fprintf", "vprintf", "vfprintf", "dprintf", "vdprintf", "sprintf",
  "snprintf", "vsprintf", "vsnprintf", "__printf_chk", "__fprintf_chk", "__vfprintf_chk",
  "__sprintf_chk", "__snprintf_chk", "__vsnprintf_chk", "__vsprintf_chk", "perror",
  "error", "error_at_line", "warn", "warnx", "vwarn", "vwarnx"
};

/* The kinds of handlers this unit registers (registered_handlers), or -1
   until asked.  */
static int registered = -1;

/* Whether CALL, of the C library function FN named NAME, allocates nothing
   of its own: it is listed above, and runs no code of the program (a stream
   of fopencookie's runs the program's functions).  */
static bool
allocates_nothing_p (const gcall *call, tree fn, const char *name)
{
  bool listed
    = (listed_p (name, non_allocating_functions, ARRAY_SIZE (non_allocating_functions))
       || listed_p (name, stream_buffer_functions, ARRAY_SIZE (stream_buffer_functions)));
  if (!listed || !library_caller_p (fn))
    return listed;
  if (registered < 0)
    registered = registered_handlers ();
  auto_vec<cgraph_node *> callbacks;
  return !library_call_calls_back_p (fn, call, registered, callbacks);
}

/* Whether CALL may allocate, in its callee or below: not a call that only
   frees, one of GCC's internal functions, a const or pure function, a C
   library function that allocates nothing of its own, the runtime's own
   hooks, or a function of this unit none of whose calls may allocate.  Nor
   a call that never returns: what exit and abort allocate lives to the end,
   "never" freed in any frame (a function that longjmps after allocating is
   counted one frame lower).  */
static bool
may_allocate_p (const gcall *call)
{
  if (gimple_call_internal_p (call) || free_call_p (call))
    return false;
  tree fn = gimple_call_fndecl (call);
  if (!fn)
    return true;
  if (allocation_kind (call) || other_heap_call_p (call))
    return true;
  const char *name = library_name (fn);
  if ((flags_from_decl_or_type (fn) & (ECF_CONST | ECF_PURE | ECF_NORETURN))
      || (name && allocates_nothing_p (call, fn, name))
      || startswith (IDENTIFIER_POINTER (DECL_NAME (fn)), "__escape_profile_"))
    return false;
  return function_may_allocate_p (fn);
}

/* Whether BB ends in a call that never returns (error (...); abort ();):
   what its calls allocate dies before the end or lives to it, in any frame,
   as under may_allocate_p.  */
static bool
dies_p (basic_block bb)
{
  gimple *last = gsi_stmt (gsi_last_bb (bb));
  return last && is_gimple_call (last) && (gimple_call_flags (last) & ECF_NORETURN);
}

/* Whether some call of BODY may allocate (but those of a block that
   dies_p).  */
static bool
body_may_allocate_p (function *body)
{
  basic_block bb;
  FOR_EACH_BB_FN (bb, body)
    if (!dies_p (bb))
      for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi); gsi_next (&gsi))
	if (gcall *call = dyn_cast <gcall *> (gsi_stmt (gsi)))
	  if (may_allocate_p (call))
	    return true;
  return false;
}

/* Whether a call of FN may allocate: unless this unit has the body that
   runs, and no call in it may (but those of a block that dies_p).  A
   function on the way counts as allocating (a recursion is taken to).  */
static bool
function_may_allocate_p (tree fn)
{
  enum availability avail;
  cgraph_node *node = cgraph_node::get (fn);
  if (!node || !node->function_symbol (&avail) || avail < AVAIL_AVAILABLE)
    return true;
  function *body = DECL_STRUCT_FUNCTION (node->function_symbol ()->decl);
  if (!body || !body->cfg || !gimple_in_ssa_p (body))
    return true;
  return known_fact (allocating, fn, body, true, body_may_allocate_p);
}

/* Whether FN is a frame of the shadow stack: a function that may allocate,
   in itself or below (a frame that cannot never holds a block, and skipping
   it changes no lifetime), unless it is a wrapper or not to be
   instrumented.  */
static bool
frame_p (function *fn, bool wrapper)
{
  return (!wrapper && !lookup_attribute ("no_instrument_function", DECL_ATTRIBUTES (fn->decl))
	  && function_may_allocate_p (fn->decl));
}

/* Put STMT after CALL, on the edge control takes when CALL returns if CALL
   ends its block (a call that may throw).  */
static void
insert_after_call (gcall *call, gimple *stmt)
{
  if (!stmt_ends_bb_p (call))
    {
      gimple_stmt_iterator gsi = gsi_for_stmt (call);
      gsi_insert_after (&gsi, stmt, GSI_NEW_STMT);
    }
  else if (edge e = find_fallthru_edge (gimple_bb (call)->succs))
    gsi_insert_on_edge_immediate (e, stmt);
}

/* Store TOKEN into the site slot SLOT around CALL, and null after it.  */
static void
bracket_call (gcall *call, tree slot, tree token)
{
  gimple_stmt_iterator gsi = gsi_for_stmt (call);
  gassign *set = gimple_build_assign (slot, token);
  gimple_set_location (set, gimple_location (call));
  gsi_insert_before (&gsi, set, GSI_SAME_STMT);
  gassign *clear = gimple_build_assign (slot, build_int_cst (TREE_TYPE (slot), 0));
  gimple_set_location (clear, gimple_location (call));
  insert_after_call (call, clear);
}

/* Store TOKEN into the inner slot SLOT around CALL, unless it holds one
   already, and put back what it held after it: of wrappers that call
   wrappers, the outermost one's site counts.  */
static void
bracket_inner_call (gcall *call, tree slot, tree token)
{
  gimple_seq seq = NULL;
  tree held = make_ssa_name (TREE_TYPE (slot));
  gimple_seq_add_stmt (&seq, gimple_build_assign (held, slot));
  tree set = make_ssa_name (boolean_type_node);
  gimple_seq_add_stmt (&seq, gimple_build_assign (set, NE_EXPR, held,
						   build_int_cst (TREE_TYPE (slot), 0)));
  tree value = make_ssa_name (TREE_TYPE (slot));
  gimple_seq_add_stmt (&seq, gimple_build_assign (value, COND_EXPR, set, held, token));
  gimple_seq_add_stmt (&seq, gimple_build_assign (slot, value));
  gimple_seq_set_location (seq, gimple_location (call));
  gimple_stmt_iterator gsi = gsi_for_stmt (call);
  gsi_insert_seq_before (&gsi, seq, GSI_SAME_STMT);
  gassign *restore = gimple_build_assign (slot, held);
  gimple_set_location (restore, gimple_location (call));
  insert_after_call (call, restore);
}

/* Make FN a frame: push it on entry, pop it before each return, set the
   depth back after each setjmp.  */
static void
instrument_frame (function *fn)
{
  tree ctype = token_type ();
  tree enter = runtime_hook ("__escape_profile_enter",
			     build_function_type_list (integer_type_node, ctype, NULL_TREE));
  tree leave = runtime_hook ("__escape_profile_leave",
			     build_function_type_list (void_type_node, NULL_TREE));
  tree resync = runtime_hook ("__escape_profile_resync",
			      build_function_type_list (void_type_node, integer_type_node,
							NULL_TREE));

  pretty_printer name;
  append_field (&name, lang_hooks.decl_printable_name (fn->decl, 2));
  append_field (&name, DECL_SOURCE_FILE (fn->decl), true);
  gcall *push = gimple_build_call (enter, 1, string_constant_of (&name));
  gimple_set_location (push, DECL_SOURCE_LOCATION (fn->decl));

  auto_vec<gimple *> after, before;
  basic_block bb;
  FOR_EACH_BB_FN (bb, fn)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi); gsi_next (&gsi))
      if (is_a <greturn *> (gsi_stmt (gsi)))
	before.safe_push (gsi_stmt (gsi));
      else if (is_gimple_call (gsi_stmt (gsi))
	       && (gimple_call_flags (gsi_stmt (gsi)) & ECF_RETURNS_TWICE))
	after.safe_push (gsi_stmt (gsi));
  for (gimple *ret : before)
    {
      gimple_stmt_iterator gsi = gsi_for_stmt (ret);
      gcall *pop = gimple_build_call (leave, 0);
      gimple_set_location (pop, gimple_location (ret));
      gsi_insert_before (&gsi, pop, GSI_SAME_STMT);
    }
  tree depth = NULL_TREE;
  if (!after.is_empty ())
    {
      depth = make_ssa_name (integer_type_node, push);
      gimple_call_set_lhs (push, depth);
    }
  for (gimple *call : after)
    {
      gcall *again = gimple_build_call (resync, 1, depth);
      gimple_set_location (again, gimple_location (call));
      insert_after_call (as_a <gcall *> (call), again);
    }
  gsi_insert_on_edge_immediate (single_succ_edge (ENTRY_BLOCK_PTR_FOR_FN (fn)), push);
}

/* Bracket every allocation call of G's function, and every call of a
   wrapper, with its token, in the inner slot if INNER (G's function is a
   wrapper); PLAN holds the analysis's decisions.  Sites
   moved to the stack are left alone: they no longer call the heap.  */
static void
bracket_sites (escape_graph &g, const vec<promotion> &plan, bool inner)
{
  tree slot = runtime_slot (inner ? INNER_SLOT : SITE_SLOT);
  hash_map<gimple *, const promotion *> planned;
  for (const promotion &p : plan)
    planned.put (g.locs[p.loc].call, &p);
  auto_vec<gcall *> calls;
  auto_vec<tree> tokens;
  basic_block bb;
  FOR_EACH_BB_FN (bb, g.fn)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi); gsi_next (&gsi))
      {
	gcall *call = dyn_cast <gcall *> (gsi_stmt (gsi));
	if (!call)
	  continue;
	tree callee = gimple_call_fndecl (call);
	tree token = NULL_TREE;
	if (const promotion *const *p = planned.get (call))
	  {
	    if (!((*p)->moved && escape_opts.promote))
	      token = planned_site_token (g, **p);
	  }
	else if (allocation_kind (call))
	  token = site_token (call, g.fn->decl, "escapes",
			      g.gave_up ? g.gave_up : "the analysis did not follow it");
	else if (callee && (returns_fresh_block_p (callee) || other_heap_call_p (call)))
	  token = site_token (call, g.fn->decl, "call",
			      lang_hooks.decl_printable_name (callee, 2));
	if (token)
	  {
	    calls.safe_push (call);
	    tokens.safe_push (token);
	  }
      }
  for (unsigned i = 0; i < calls.length (); i++)
    (inner ? bracket_inner_call : bracket_call) (calls[i], slot, tokens[i]);
}

void
instrument_for_profile (escape_graph &g, const vec<promotion> &plan)
{
  push_cfun (g.fn);
  bool wrapper = returns_fresh_block_p (g.fn->decl);
  bracket_sites (g, plan, wrapper);
  if (frame_p (g.fn, wrapper))
    instrument_frame (g.fn);
  mark_virtual_operands_for_renaming (cfun);
  update_ssa (TODO_update_ssa);
  cgraph_edge::rebuild_edges ();
  pop_cfun ();
}

void
forget_profile_facts (void)
{
  delete fresh_results;
  fresh_results = NULL;
  delete allocating;
  allocating = NULL;
  registered = -1;
}

/* After inlining.  */

/* Whether STMT stores a token into one of the runtime's slots.  */
static bool
token_store_p (const gimple *stmt)
{
  if (!is_gimple_assign (stmt) || !VAR_P (gimple_assign_lhs (stmt)))
    return false;
  tree name = DECL_NAME (gimple_assign_lhs (stmt));
  return name && (id_equal (name, SITE_SLOT) || id_equal (name, INNER_SLOT));
}

/* The store of CALL's token: the last such store before it in its block,
   with no other call between.  */
static gassign *
token_store_before (gcall *call)
{
  gimple_stmt_iterator gsi = gsi_for_stmt (call);
  for (gsi_prev (&gsi); !gsi_end_p (gsi); gsi_prev (&gsi))
    {
      gimple *stmt = gsi_stmt (gsi);
      if (token_store_p (stmt))
	return as_a <gassign *> (stmt);
      if (is_gimple_call (stmt))
	break;
    }
  return NULL;
}

/* TOKEN with its verdict and explanation replaced by VERDICT and nothing.  */
static tree
token_with_verdict (const char *token, const char *verdict)
{
  /* FILE LINE COLUMN FUNCTION CALL MAX-SIZE come first.  */
  const char *end = token;
  for (int field = 0; field < 6 && end; field++)
    {
      end = strchr (end, '\t');
      if (end)
	end++;
    }
  if (!end || startswith (end, "moved\t"))
    return NULL_TREE;
  pretty_printer pp;
  pp_append_text (&pp, token, end);
  append_field (&pp, verdict);
  return string_constant_of (&pp);
}

void
relabel_moved_sites (escape_graph &g, const vec<promotion> &plan)
{
  const char *verdict = in_lto_p ? "moved-lto" : "moved-inlined";
  for (const promotion &p : plan)
    if (p.moved)
      if (gassign *store = token_store_before (g.locs[p.loc].call))
	if (const char *old = c_getstr (gimple_assign_rhs1 (store)))
	  if (tree token = token_with_verdict (old, verdict))
	    {
	      gimple_assign_set_rhs1 (store, token);
	      update_stmt_if_modified (store);
	    }
}
