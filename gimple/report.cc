/* Diagnostics.  For each analysed function outside system headers, -m says for each
   pointer parameter whether and how it leaks, for each allocation site whether it
   escapes, and for each local whose address escapes that it does; -m=2 follows the
   walk's steps back from each escape to its root and prints them in source terms,
   grouped into hops between named locations as Go does ("flow: {heap} = p:" then
   "from g = p (assign) at f.c:6:5").  A noescape promise a definition breaks is an
   error at the parameter, with the path that breaks it, and one that a conversion
   of the function to a pointer type asks of it (plugin/conversions.cc) an error at
   the conversion, the path printed there (notes are sorted by location); so is,
   under -fplugin-arg-escape-promote, an allocation assigned to a stack_only
   variable that does not move to the stack with a constant size.  Notes and
   errors are collected for the whole unit and emitted sorted by location,
   outside any function context.  */

#include "gimple/escape.h"
#include "tree-pretty-print.h"
#include "plugin/options.h"
#include "plugin/conversions.h"
#include "langhooks.h"
#include "intl.h"

struct esc_note
{
  expanded_location where;
  location_t loc;
  unsigned seq;
  bool error;
  char *text;
  const char *id;	/* The kind of result it reports (structured.cc), if any.  */
  tree fn;		/* A line of an explanation: the function it explains, */
  location_t at;	/* and the location of its step (none for a "flow:" line).  */
};

static vec<esc_note> notes;

/* While set, notes go here instead (explanation_text).  */
static vec<char *> *captured;

/* Per-unit counts for -fplugin-arg-escape-stats; late_* for the pass after
   inlining.  */
static struct
{
  unsigned sites, escaping, moved;
  unsigned HOST_WIDE_INT bytes;
  bool late_ran;
  unsigned late_moved;
  unsigned HOST_WIDE_INT late_bytes;
} stats;


/* The note (or error) collected, or NULL if it was captured.  */
static esc_note *
add_diagnostic (bool error, location_t loc, const char *fmt, va_list ap)
{
  if (captured)
    {
      captured->safe_push (xvasprintf (fmt, ap));
      return NULL;
    }
  esc_note n = { expand_location (loc), loc, notes.length (), error, xvasprintf (fmt, ap),
		 NULL, NULL_TREE, UNKNOWN_LOCATION };
  notes.safe_push (n);
  return &notes.last ();
}

static void add_note (location_t loc, const char *fmt, ...) ATTRIBUTE_PRINTF_2;

static void
add_note (location_t loc, const char *fmt, ...)
{
  va_list ap;
  va_start (ap, fmt);
  add_diagnostic (false, loc, fmt, ap);
  va_end (ap);
}

/* A note at LOC that reports a result of the kind ID.  */
static void add_result (location_t loc, const char *id, const char *fmt, ...)
  ATTRIBUTE_PRINTF_3;

static void
add_result (location_t loc, const char *id, const char *fmt, ...)
{
  va_list ap;
  va_start (ap, fmt);
  if (esc_note *n = add_diagnostic (false, loc, fmt, ap))
    n->id = id;
  va_end (ap);
}

/* A line of the explanation at LOC of a path in G's function; AT is where its
   step is, if it shows one.  */
static void add_step (escape_graph &g, location_t loc, location_t at, const char *fmt, ...)
  ATTRIBUTE_PRINTF_4;

static void
add_step (escape_graph &g, location_t loc, location_t at, const char *fmt, ...)
{
  va_list ap;
  va_start (ap, fmt);
  if (esc_note *n = add_diagnostic (false, loc, fmt, ap))
    {
      n->fn = g.fn->decl;
      n->at = at;
    }
  va_end (ap);
}

void
add_error (location_t loc, const char *fmt, ...)
{
  va_list ap;
  va_start (ap, fmt);
  add_diagnostic (true, loc, fmt, ap);
  va_end (ap);
}

static int
compare_notes (const void *pa, const void *pb)
{
  const esc_note *a = (const esc_note *) pa, *b = (const esc_note *) pb;
  int c = strcmp (a->where.file ? a->where.file : "", b->where.file ? b->where.file : "");
  if (c)
    return c;
  if (a->where.line != b->where.line)
    return a->where.line < b->where.line ? -1 : 1;
  if (a->where.column != b->where.column)
    return a->where.column < b->where.column ? -1 : 1;
  return a->seq < b->seq ? -1 : a->seq > b->seq;
}

/* Into STEPS, the explanation of the note NOTES[I] for its diagnostic path:
   the lines of it that follow it, a step at its own location, a "flow:" line
   at the location of the step after it (or the note's, if none).  */
static void
explanation_steps (unsigned i, vec<explained_step> &steps)
{
  steps.truncate (0);
  for (unsigned j = i + 1; j < notes.length () && notes[j].text[0] == ' '; j++)
    if (notes[j].fn)
      {
	explained_step s = { notes[j].text + strspn (notes[j].text, " "), notes[j].fn,
			     notes[j].at };
	steps.safe_push (s);
      }
  for (unsigned k = steps.length (); k-- > 0;)
    if (steps[k].at == UNKNOWN_LOCATION)
      steps[k].at = k + 1 < steps.length () ? steps[k + 1].at : notes[i].loc;
}

/* Whether the line NOTES[I] of an explanation is the same, at the same
   place, as an earlier line of it (a path round a cycle of assignments may
   take one step twice, once by a value and once by its address): SARIF
   wants the related locations of a result unique.  */
static bool
repeated_line_p (unsigned i)
{
  for (unsigned j = i; j-- > 0 && notes[j].text[0] == ' ';)
    if (notes[j].at == notes[i].at && !strcmp (notes[j].text, notes[i].text))
      return true;
  return false;
}

/* Print the notes collected so far, sorted by location; with UNIQUE, a note
   the same as the one before it at the same place once (a site inlined into one
   function several times).  A note and the indented ones after it (its
   explanation) form one diagnostic group, which -fdiagnostics-format=json
   nests; there a line of an explanation is at the location of its step, once,
   and the explanation, every line, is also the path of the note
   (structured.cc).  */
static void
emit_notes (bool unique)
{
  notes.qsort (compare_notes);
  bool text = text_diagnostics_p ();
  auto_vec<explained_step> steps;
  auto_diagnostic_group *group = NULL;
  for (unsigned i = 0; i < notes.length (); i++)
    {
      const esc_note &n = notes[i];
      if (unique && i > 0 && notes[i - 1].loc == n.loc
	  && !strcmp (notes[i - 1].text, n.text))
	continue;
      if (n.text[0] != ' ')
	{
	  delete group;
	  group = new auto_diagnostic_group;
	  if (!text)
	    explanation_steps (i, steps);
	  emit_result (n.error, n.loc, n.id, steps, n.text);
	}
      else if (text || !repeated_line_p (i))
	inform (!text && n.at != UNKNOWN_LOCATION ? n.at : n.loc, "%s", n.text);
    }
  delete group;
  for (esc_note &n : notes)
    free (n.text);
  notes.release ();
}

/* The notes of the first pass and its -fplugin-arg-escape-stats line.  */
void
emit_reports (void)
{
  if (escape_opts.stats)
    add_note (UNKNOWN_LOCATION, "escape: %u allocation sites, %u escape, %u moved to stack ("
	      HOST_WIDE_INT_PRINT_UNSIGNED " bytes)", stats.sites, stats.escaping,
	      stats.moved, stats.bytes);
  emit_notes (false);
}

/* The notes of the pass after inlining and its -fplugin-arg-escape-stats line,
   if it ran.  */
void
emit_late_reports (void)
{
  if (escape_opts.stats && stats.late_ran)
    add_note (UNKNOWN_LOCATION, "escape: after inlining, %u more moved to stack ("
	      HOST_WIDE_INT_PRINT_UNSIGNED " bytes)", stats.late_moved, stats.late_bytes);
  emit_notes (true);
}

/* Rendering in source terms.  */

static bool
user_decl_p (const_tree var)
{
  return var && DECL_P (var) && DECL_NAME (var) && !DECL_ARTIFICIAL (var);
}

static const char *
decl_name (const_tree var)
{
  return IDENTIFIER_POINTER (DECL_NAME (var));
}

/* The user variable SSA name NAME stands for, if any.  */
static tree
ssa_user_var (const_tree name)
{
  tree var = SSA_NAME_VAR (name);
  return user_decl_p (var) ? var : NULL_TREE;
}

/* Follow copies and conversions from the SSA temporary T to what it was made from.  */
static tree
strip_temporaries (tree t)
{
  for (int depth = 0; depth < 8 && TREE_CODE (t) == SSA_NAME && !ssa_user_var (t);
       depth++)
    {
      gimple *def = SSA_NAME_DEF_STMT (t);
      if (!is_gimple_assign (def)
	  || !(gimple_assign_single_p (def)
	       || CONVERT_EXPR_CODE_P (gimple_assign_rhs_code (def))))
	break;
      t = gimple_assign_rhs1 (def);
    }
  return t;
}

static void render_expr (pretty_printer *pp, tree t, int depth);
static void render_call_args (pretty_printer *pp, const gcall *call, bool as_written);

/* The user variable every argument of PHI stands for, if they all stand for
   one: the temporary it defines is that variable's value.  */
static tree
phi_user_var (const gphi *phi)
{
  tree var = NULL_TREE;
  for (unsigned i = 0; i < gimple_phi_num_args (phi); i++)
    {
      tree arg = strip_temporaries (gimple_phi_arg_def (phi, i));
      tree v = TREE_CODE (arg) == SSA_NAME ? ssa_user_var (arg) : NULL_TREE;
      if (!v || (var && v != var))
	return NULL_TREE;
      var = v;
    }
  return var;
}

static void
render_assign_rhs (pretty_printer *pp, const gassign *stmt, int depth)
{
  enum tree_code code = gimple_assign_rhs_code (stmt);
  switch (gimple_assign_rhs_class (stmt))
    {
    case GIMPLE_SINGLE_RHS:
      render_expr (pp, gimple_assign_rhs1 (stmt), depth);
      break;
    case GIMPLE_UNARY_RHS:
      if (!CONVERT_EXPR_CODE_P (code))
	pp_string (pp, op_symbol_code (code));
      render_expr (pp, gimple_assign_rhs1 (stmt), depth);
      break;
    case GIMPLE_BINARY_RHS:
      {
	tree rhs2 = gimple_assign_rhs2 (stmt);
	render_expr (pp, gimple_assign_rhs1 (stmt), depth);
	if ((code == PLUS_EXPR || code == POINTER_PLUS_EXPR)
	    && TREE_CODE (rhs2) == INTEGER_CST && tree_int_cst_sgn (rhs2) < 0
	    && TYPE_SIGN (TREE_TYPE (rhs2)) == SIGNED)
	  {
	    pp_string (pp, " - ");
	    pp_wide_int (pp, -wi::to_wide (rhs2), SIGNED);
	    break;
	  }
	pp_printf (pp, " %s ", code == POINTER_PLUS_EXPR ? "+" : op_symbol_code (code));
	render_expr (pp, rhs2, depth);
	break;
      }
    default:
      pp_string (pp, "...");
    }
}

static void
render_expr (pretty_printer *pp, tree t, int depth)
{
  if (depth > 3)
    {
      pp_string (pp, "...");
      return;
    }
  switch (TREE_CODE (t))
    {
    case SSA_NAME:
      if (tree var = ssa_user_var (t))
	pp_string (pp, decl_name (var));
      else if (is_gimple_assign (SSA_NAME_DEF_STMT (t)))
	render_assign_rhs (pp, as_a <gassign *> (SSA_NAME_DEF_STMT (t)), depth + 1);
      else if (gcall *call = dyn_cast <gcall *> (SSA_NAME_DEF_STMT (t)))
	render_call_args (pp, call, true);
      else if (gphi *phi = dyn_cast <gphi *> (SSA_NAME_DEF_STMT (t)))
	render_expr (pp, phi_user_var (phi) ? phi_user_var (phi) : error_mark_node,
		     depth);
      else
	pp_string (pp, "...");
      break;
    case VAR_DECL:
    case PARM_DECL:
      pp_string (pp, user_decl_p (t) ? decl_name (t) : "...");
      break;
    case RESULT_DECL:
      pp_string (pp, "~r0");
      break;
    case INTEGER_CST:
      pp_wide_int (pp, wi::to_wide (t), TYPE_SIGN (TREE_TYPE (t)));
      break;
    case STRING_CST:
      pp_string (pp, "\"...\"");
      break;
    case ADDR_EXPR:
      if (TREE_CODE (TREE_OPERAND (t, 0)) != STRING_CST)
	pp_string (pp, "&");
      render_expr (pp, TREE_OPERAND (t, 0), depth);
      break;
    case MEM_REF:
      {
	tree ptr = TREE_OPERAND (t, 0);
	if (TREE_CODE (ptr) == ADDR_EXPR)
	  render_expr (pp, TREE_OPERAND (ptr, 0), depth);
	else if (TREE_CODE (ptr) == SSA_NAME && !ssa_user_var (ptr))
	  {
	    pp_string (pp, "*(");
	    render_expr (pp, ptr, depth);
	    pp_string (pp, ")");
	  }
	else
	  {
	    pp_string (pp, "*");
	    render_expr (pp, ptr, depth);
	  }
	break;
      }
    case COMPONENT_REF:
      {
	tree base = TREE_OPERAND (t, 0), field = TREE_OPERAND (t, 1);
	if (TREE_CODE (base) == MEM_REF
	    && TREE_CODE (TREE_OPERAND (base, 0)) != ADDR_EXPR
	    && integer_zerop (TREE_OPERAND (base, 1)))
	  {
	    render_expr (pp, TREE_OPERAND (base, 0), depth);
	    pp_string (pp, "->");
	  }
	else
	  {
	    render_expr (pp, base, depth);
	    pp_string (pp, ".");
	  }
	pp_string (pp, DECL_NAME (field) ? decl_name (field) : "...");
	break;
      }
    case ARRAY_REF:
      render_expr (pp, TREE_OPERAND (t, 0), depth);
      pp_string (pp, "[");
      render_expr (pp, TREE_OPERAND (t, 1), depth + 1);
      pp_string (pp, "]");
      break;
    case NOP_EXPR:
    case CONVERT_EXPR:
    case VIEW_CONVERT_EXPR:
      render_expr (pp, TREE_OPERAND (t, 0), depth);
      break;
    default:
      pp_string (pp, "...");
    }
}

/* A call argument as the user wrote it: a constant or a named variable, else "...".  */
static void
render_arg (pretty_printer *pp, tree arg)
{
  arg = strip_temporaries (arg);
  if (TREE_CODE (arg) == INTEGER_CST)
    pp_wide_int (pp, wi::to_wide (arg), TYPE_SIGN (TREE_TYPE (arg)));
  else if (TREE_CODE (arg) == SSA_NAME && ssa_user_var (arg))
    pp_string (pp, decl_name (ssa_user_var (arg)));
  else if (DECL_P (arg) && user_decl_p (arg))
    pp_string (pp, decl_name (arg));
  else if (TREE_CODE (arg) == ADDR_EXPR && user_decl_p (TREE_OPERAND (arg, 0))
	   && TREE_CODE (TREE_TYPE (TREE_OPERAND (arg, 0))) == ARRAY_TYPE)
    pp_string (pp, decl_name (TREE_OPERAND (arg, 0)));
  else
    pp_string (pp, "...");
}

/* Whether the source text at LOC can be read and does not start with NAME.  */
static bool
source_says_otherwise_p (location_t loc, const char *name)
{
  expanded_location x = expand_location (loc);
  if (!x.file || x.line <= 0 || x.column <= 0)
    return false;
  char_span line = source_line (x.file, x.line);
  size_t col = x.column - 1, len = strlen (name);
  return line && col < line.length ()
	 && (col + len > line.length ()
	     || strncmp (line.get_buffer () + col, name, len));
}

/* The name of CALL's callee FN as the user wrote it: a C library builtin
   that GCC put in place of what the source says (realloc (NULL, n) becomes
   __builtin_malloc (n)) by its library name.  */
static const char *
callee_name (const gcall *call, tree fn)
{
  if (guarded_free_p (call) || guarded_realloc_p (call))
    return freeing_function_name (call);
  const char *name = decl_name (fn);
  if (fndecl_built_in_p (fn, BUILT_IN_NORMAL) && startswith (name, "__builtin_")
      && source_says_otherwise_p (gimple_location (call), name))
    return name + strlen ("__builtin_");
  return name;
}

/* CALLEE(ARGS).  With AS_WRITTEN, arguments are shown as render_arg does (for the
   names of allocation sites); otherwise as expressions.  */
static void
render_call_args (pretty_printer *pp, const gcall *call, bool as_written)
{
  tree fn = gimple_call_fndecl (call);
  if (fn && DECL_NAME (fn))
    pp_string (pp, callee_name (call, fn));
  else if (gimple_call_internal_p (call))
    pp_string (pp, internal_fn_name (gimple_call_internal_fn (call)));
  else
    pp_string (pp, "(*...)");
  pp_string (pp, "(");
  for (unsigned i = 0; i < gimple_call_num_args (call); i++)
    {
      if (i)
	pp_string (pp, ", ");
      if (as_written)
	render_arg (pp, gimple_call_arg (call, i));
      else
	render_expr (pp, gimple_call_arg (call, i), 1);
    }
  pp_string (pp, ")");
}

void
render_call (pretty_printer *pp, const gcall *call)
{
  render_call_args (pp, call, true);
}

/* The name of location L for flow headers (a part node's is the reference
   that reads it), or NULL for a temporary.  */
const char *
loc_display_name (escape_graph &g, unsigned l, pretty_printer *pp)
{
  const esc_loc &loc = g.locs[l];
  switch (loc.kind)
    {
    case LK_HEAP:
      return "{heap}";
    case LK_BYTES:
      return "{bytes}";
    case LK_FREE:
      return "{free}";
    case LK_RESULT:
      return "~r0";
    case LK_SSA:
      return ssa_user_var (loc.var) ? decl_name (ssa_user_var (loc.var)) : NULL;
    case LK_DECL:
    case LK_PARAM:
      return user_decl_p (loc.var) ? decl_name (loc.var) : NULL;
    case LK_ALLOC:
    case LK_STACK:
      pp_clear_output_area (pp);
      render_call (pp, loc.call);
      return pp_formatted_text (pp);
    case LK_TEMP:
      if (!loc.var)
	return NULL;
      pp_clear_output_area (pp);
      render_expr (pp, loc.var, 0);
      return pp_formatted_text (pp);
    default:
      return NULL;
    }
}

static const char *const reason_names[] = {
  "assign", "address-of", "load", "store", "call argument", "call result", "return",
  "asm", "returned", "conservative", "non-pointer copy"
};

/* Whether T is a variable the compiler made (D.1234), not one of the source.  */
static bool
compiler_temporary_p (tree t)
{
  return VAR_P (t) && !user_decl_p (t);
}

/* Whether the return value V has no name of its own: a compiler temporary, or
   a merge of several values.  The path being explained names the value it
   follows better than V can.  */
static bool
unnamed_value_p (tree v)
{
  if (compiler_temporary_p (v))
    return true;
  if (TREE_CODE (v) != SSA_NAME || ssa_user_var (v))
    return false;
  v = strip_temporaries (v);
  if (TREE_CODE (v) != SSA_NAME)
    return false;
  gphi *phi = dyn_cast <gphi *> (SSA_NAME_DEF_STMT (v));
  return phi && !phi_user_var (phi);
}

/* Describe the statement of edge E into DST; SOURCE names the value the path
   carries, if it has a name.  */
static void
render_step (pretty_printer *pp, escape_graph &g, unsigned dst, const esc_edge &e,
	     const char *source)
{
  gimple *stmt = e.stmt;
  if (e.reason == ER_CONSERVATIVE)
    {
      pp_string (pp, g.gave_up);
      return;
    }
  switch (gimple_code (stmt))
    {
    case GIMPLE_ASSIGN:
      {
	tree lhs = gimple_assign_lhs (stmt);
	if ((TREE_CODE (lhs) != SSA_NAME || ssa_user_var (lhs))
	    && !compiler_temporary_p (lhs))
	  {
	    render_expr (pp, lhs, 0);
	    pp_string (pp, " = ");
	  }
	render_assign_rhs (pp, as_a <gassign *> (stmt), 0);
	break;
      }
    case GIMPLE_CALL:
      {
	tree lhs = gimple_call_lhs (stmt);
	if (e.reason == ER_CALL_RESULT && lhs
	    && (TREE_CODE (lhs) != SSA_NAME || ssa_user_var (lhs)))
	  {
	    render_expr (pp, lhs, 0);
	    pp_string (pp, " = ");
	  }
	render_call_args (pp, as_a <gcall *> (stmt), false);
	break;
      }
    case GIMPLE_RETURN:
      pp_string (pp, "return ");
      if (tree v = gimple_return_retval (as_a <greturn *> (stmt)))
	{
	  if (source && unnamed_value_p (v))
	    pp_string (pp, source);
	  else
	    render_expr (pp, v, 0);
	}
      break;
    case GIMPLE_PHI:
      {
	pretty_printer names;
	const char *d = loc_display_name (g, dst, &names);
	pp_string (pp, d ? d : "...");
	pp_string (pp, " = ");
	const char *s = loc_display_name (g, e.src, &names);
	pp_string (pp, s ? s : "...");
	break;
      }
    case GIMPLE_ASM:
      pp_string (pp, "asm");
      break;
    default:
      pp_string (pp, "...");
    }
}

/* One step of a path: edge EDGE into location DST.  */
struct path_step
{
  unsigned dst;
  unsigned edge;
};

/* The steps by which the walk to root R reached location FROM: its shortest
   path, from the value or the address of each location as the step before
   reached it, until that path comes back to where it has been (the walk lowered
   a distance around a cycle of assignments, and the shortest steps now go round
   it); from there the steps by which the walk first reached each location, which
   lead to the root.  A cycle is thus shown once.  */
static void
collect_path (escape_graph &g, unsigned from, root r, vec<path_step> &path)
{
  unsigned target = root_loc (r);
  hash_set<int_hash<unsigned, -1u, -2u> > seen;
  bool shortest = true;
  bool address = g.locs[from].dist[r] < 0;
  for (unsigned l = from; l != target;)
    {
      shortest = shortest && !seen.add (2 * l + address);
      const esc_via &v = shortest ? g.locs[l].via[r][address] : g.locs[l].first[r];
      path_step s = { v.dst, v.edge };
      path.safe_push (s);
      l = v.dst;
      address = v.dst_address;
    }
}

static void explain_path (escape_graph &g, unsigned from, root r, location_t loc);

/* -fdump-ipa-escape: every location of G with its distances, points-to set and
   incoming edges.  */
void
dump_graph (escape_graph &g, FILE *out)
{
  static const char *const kinds[] = { "heap", "result", "free", "bytes", "ssa", "decl",
				       "param", "alloc", "stack", "temp", "any" };
  fprintf (out, "\n;; escape graph of %s: %u locations%s%s\n",
	   function_name (g.fn), g.locs.length (), g.gave_up ? ", gave up: " : "",
	   g.gave_up ? g.gave_up : "");
  for (unsigned l = 0; l < g.locs.length (); l++)
    {
      const esc_loc &loc = g.locs[l];
      pretty_printer pp;
      const char *name = loc_display_name (g, l, &pp);
      fprintf (out, "L%u %s %s", l, kinds[loc.kind], name ? name : "");
      if (loc.kind == LK_SSA)
	print_generic_expr (out, loc.var);
      for (int r = 0; r < N_ROOTS; r++)
	if (loc.dist[r] != NOT_REACHED)
	  fprintf (out, " d%d=%d(via L%u)", r, loc.dist[r],
		   loc.via[r][loc.dist[r] < 0].dst);
      fprintf (out, " pts=");
      bitmap_print (out, loc.pts, "", "\n");
      for (const esc_edge &e : loc.in)
	fprintf (out, "    <- L%u derefs %d %s\n", e.src, e.derefs, reason_names[e.reason]);
    }
}

/* Whether edge E into DST says something the user wrote: not the copy of a value
   into a compiler temporary, nor the initialization of a parameter's memory, nor
   a merge of one variable's values (x = x).  */
static bool
step_worth_showing (escape_graph &g, unsigned dst, const esc_edge &e)
{
  if (e.reason == ER_CONSERVATIVE)
    return true;
  if (!e.stmt)
    return false;
  const esc_loc &d = g.locs[dst];
  bool temporary = (d.kind == LK_SSA && !ssa_user_var (d.var))
		   || (d.kind == LK_DECL && !user_decl_p (d.var));
  if (e.reason == ER_ASSIGN && temporary)
    return false;
  if (gimple_code (e.stmt) == GIMPLE_PHI)
    {
      pretty_printer dname, sname;
      const char *dn = loc_display_name (g, dst, &dname);
      const char *sn = loc_display_name (g, e.src, &sname);
      return !dn || !sn || strcmp (dn, sn);
    }
  return true;
}

/* The first location a statement of BB or of the blocks it falls into has.  */
static location_t
first_location_from (basic_block bb)
{
  for (int hops = 0; bb && hops < 8; hops++)
    {
      for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi); gsi_next (&gsi))
	if (gimple_location (gsi_stmt (gsi)) != UNKNOWN_LOCATION)
	  return gimple_location (gsi_stmt (gsi));
      bb = single_succ_p (bb) ? single_succ (bb) : NULL;
    }
  return UNKNOWN_LOCATION;
}

/* The location of the closest statement before STMT in its block that has one
   (the launch of an OpenMP region has none, the statements that fill in its data
   have the construct's).  */
static location_t
preceding_location (gimple *stmt)
{
  gimple_stmt_iterator gsi = gsi_for_stmt (stmt);
  for (gsi_prev (&gsi); !gsi_end_p (gsi); gsi_prev (&gsi))
    if (gimple_location (gsi_stmt (gsi)) != UNKNOWN_LOCATION)
      return gimple_location (gsi_stmt (gsi));
  return UNKNOWN_LOCATION;
}

/* Where the reader finds the statement of edge E: its own location; for a merge
   without one, where the merged value came in or the join; for a return without
   one, the end of the function; for another statement, the statement before it;
   else the function.  */
static location_t
step_location (escape_graph &g, const esc_edge &e)
{
  location_t at = e.stmt ? gimple_location (e.stmt) : UNKNOWN_LOCATION;
  if (at != UNKNOWN_LOCATION)
    return at;
  if (e.stmt && gimple_code (e.stmt) == GIMPLE_PHI)
    {
      gphi *phi = as_a <gphi *> (e.stmt);
      for (unsigned i = 0; i < gimple_phi_num_args (phi); i++)
	{
	  tree arg = gimple_phi_arg_def (phi, i);
	  if (TREE_CODE (arg) == SSA_NAME && SSA_NAME_VERSION (arg) < g.ssa_locs.length ()
	      && g.ssa_locs[SSA_NAME_VERSION (arg)] == e.src
	      && gimple_phi_arg_location (phi, i) != UNKNOWN_LOCATION)
	    return gimple_phi_arg_location (phi, i);
	}
      at = first_location_from (gimple_bb (phi));
    }
  else if (e.stmt && gimple_code (e.stmt) == GIMPLE_RETURN)
    at = g.fn->function_end_locus;
  else if (e.stmt && gimple_bb (e.stmt))
    at = preceding_location (e.stmt);
  return at != UNKNOWN_LOCATION ? at : DECL_SOURCE_LOCATION (g.fn->decl);
}

/* How a value DEREFS dereferences away from a name is written before it:
   "&" for its address, one "*" per dereference (at most six).  */
static const char *
deref_prefix (int derefs)
{
  static const char stars[] = "******";
  if (derefs < 0)
    return "&";
  return stars + sizeof stars - 1 - MIN (derefs, 6);
}

/* Print the hop of PATH[FIRST..LAST] from location SRC to a named location.  */
static void
explain_hop (escape_graph &g, const vec<path_step> &path, unsigned first,
	     unsigned last, unsigned src, location_t loc)
{
  int derefs = 0;
  for (unsigned i = first; i <= last; i++)
    derefs += g.locs[path[i].dst].in[path[i].edge].derefs;
  pretty_printer dname, sname;
  const char *d = loc_display_name (g, path[last].dst, &dname);
  const char *s = loc_display_name (g, src, &sname);
  /* A hop from a variable to itself (a merge of its values) says nothing.  */
  if (d && s && derefs == 0 && !strcmp (d, s))
    return;
  add_step (g, loc, UNKNOWN_LOCATION, "  flow: %s = %s%s:", d ? d : "...",
	    deref_prefix (derefs), s ? s : "...");
  const gimple *shown = NULL;
  int carried = 0;
  for (unsigned i = first; i <= last; i++)
    {
      const esc_edge &e = g.locs[path[i].dst].in[path[i].edge];
      int before = carried;
      carried += e.derefs;
      if (!step_worth_showing (g, path[i].dst, e) || (e.stmt && e.stmt == shown))
	continue;
      shown = e.stmt;
      /* What the path carries into this step: the hop's source under the
	 dereferences of the steps before.  */
      char *value = s ? concat (deref_prefix (before), s, NULL) : NULL;
      pretty_printer pp;
      render_step (&pp, g, path[i].dst, e, value);
      free (value);
      location_t at = step_location (g, e);
      expanded_location x = expand_location (at);
      add_step (g, loc, at, "    from %s (%s) at %s:%d:%d", pp_formatted_text (&pp),
		reason_names[e.reason], x.file ? x.file : "?", x.line, x.column);
    }
}

/* Explain how location FROM reaches root R, as notes at LOC.  */
static void
explain_path (escape_graph &g, unsigned from, root r, location_t loc)
{
  auto_vec<path_step> path;
  collect_path (g, from, r, path);
  unsigned first = 0, src = from;
  pretty_printer names;
  for (unsigned i = 0; i < path.length (); i++)
    {
      const esc_edge &e = g.locs[path[i].dst].in[path[i].edge];
      if (e.reason == ER_RETURNED)
	{
	  if (i > first)
	    explain_hop (g, path, first, i - 1, src, loc);
	  explain_path (g, e.src, ROOT_RESULT, loc);
	  return;
	}
      if (loc_display_name (g, path[i].dst, &names) || i + 1 == path.length ())
	{
	  explain_hop (g, path, first, i, src, loc);
	  first = i + 1;
	  src = path[i].dst;
	}
    }
}

/* The explanation -m=2 gives of how location FROM reaches root R, on one
   line: its first steps, without their indentation, joined by "; ".  */
char *
explanation_text (escape_graph &g, unsigned from, root r)
{
  const unsigned max_steps = 4;
  auto_vec<char *> lines;
  captured = &lines;
  explain_path (g, from, r, UNKNOWN_LOCATION);
  captured = NULL;
  pretty_printer pp;
  for (unsigned i = 0; i < lines.length () && i < max_steps; i++)
    pp_printf (&pp, "%s%s", !i ? "" : lines[i - 1][strlen (lines[i - 1]) - 1] == ':' ? " "
	       : "; ", lines[i] + strspn (lines[i], " "));
  for (char *line : lines)
    free (line);
  if (lines.length () > max_steps)
    pp_string (&pp, "; ...");
  return xstrdup (pp_formatted_text (&pp));
}

/* Under -m=2, explain how location FROM reaches root R, as notes at LOC.  */
static void
explain (escape_graph &g, unsigned from, root r, location_t loc)
{
  if (escape_opts.m >= 2)
    explain_path (g, from, r, loc);
}

/* Whether a parameter of TYPE can carry pointers.  */
static bool
type_has_pointer_p (const_tree type)
{
  if (POINTER_TYPE_P (type))
    return true;
  if (TREE_CODE (type) == ARRAY_TYPE)
    return type_has_pointer_p (TREE_TYPE (type));
  if (RECORD_OR_UNION_TYPE_P (type))
    for (tree f = TYPE_FIELDS (type); f; f = DECL_CHAIN (f))
      if (TREE_CODE (f) == FIELD_DECL && type_has_pointer_p (TREE_TYPE (f)))
	return true;
  return false;
}

static int
clamped_dist (const esc_loc &l, root r)
{
  return l.dist[r] == NOT_REACHED ? NOT_REACHED : MAX (l.dist[r], 0);
}

/* The fewest dereferences with which parameter I reaches root R, by its value
   or through the part node of a part of what it points to; *FROM gets the
   location the path starts from.  */
static int
param_dist (escape_graph &g, unsigned i, root r, unsigned *from)
{
  unsigned l = g.params[i];
  int d = l ? clamped_dist (g.locs[l], r) : NOT_REACHED;
  *from = l;
  unsigned part_from;
  int through_part = param_part_dist (g, i, r, &part_from);
  if (through_part >= d)
    return d;
  *from = part_from;
  return through_part;
}

static void
report_params (escape_graph &g)
{
  unsigned i = 0;
  for (tree parm = DECL_ARGUMENTS (g.fn->decl); parm; parm = DECL_CHAIN (parm), i++)
    {
      if (!user_decl_p (parm) || !type_has_pointer_p (TREE_TYPE (parm)))
	continue;
      const char *name = decl_name (parm);
      location_t loc = DECL_SOURCE_LOCATION (parm);
      unsigned heap_from, result_from;
      int heap = param_dist (g, i, ROOT_TYPED_HEAP, &heap_from);
      int result = param_dist (g, i, ROOT_TYPED_RESULT, &result_from);
      if (heap == 0)
	{
	  add_result (loc, "leaking-param", "leaking param: %s", name);
	  explain (g, heap_from, ROOT_TYPED_HEAP, loc);
	  continue;
	}
      if (heap != NOT_REACHED)
	{
	  add_result (loc, "leaking-param", "leaking param content: %s", name);
	  explain (g, heap_from, ROOT_TYPED_HEAP, loc);
	}
      if (result != NOT_REACHED)
	{
	  add_result (loc, "leaking-param", "leaking param: %s to result ~r0 level=%d", name,
		      result);
	  explain (g, result_from, ROOT_TYPED_RESULT, loc);
	}
      if (heap == NOT_REACHED && result == NOT_REACHED)
	add_result (loc, "does-not-escape", "%s does not escape", name);
    }
}

static void
report_allocations (escape_graph &g, const vec<promotion> &plan)
{
  for (const promotion &p : plan)
    {
      pretty_printer pp;
      const esc_loc &a = g.locs[p.loc];
      render_call (&pp, a.call);
      location_t loc = gimple_location (a.call);
      if (a.dist[ROOT_HEAP] < 0)
	{
	  add_result (loc, "escapes-to-heap", "%s escapes to heap", pp_formatted_text (&pp));
	  explain (g, p.loc, ROOT_HEAP, loc);
	}
      else if (p.moved)
	{
	  add_result (loc, "moved-to-stack", "moved to stack: %s", pp_formatted_text (&pp));
	  if (p.registered && escape_opts.m >= 2)
	    add_note (loc, "  registered with the guard runtime: %s may free or grow it",
		      freeing_function_name (p.registered));
	}
      else
	{
	  add_result (loc, "does-not-escape", "%s does not escape", pp_formatted_text (&pp));
	  if (p.why && escape_opts.m >= 2)
	    add_note (loc, "  not moved to stack: %s", p.why);
	  if (p.why && !strcmp (p.why, BYTES_REASON))
	    explain (g, p.loc, ROOT_BYTES, loc);
	}
    }
}

/* The variable-length array in BLOCK (or its subblocks) that lives in the storage
   VAR points to, if any: the gimplifier gives such an array the value *VAR.  */
static tree
vla_for_pointer (tree block, tree var)
{
  for (; block; block = BLOCK_CHAIN (block))
    {
      for (tree d = BLOCK_VARS (block); d; d = DECL_CHAIN (d))
	if (VAR_P (d) && DECL_HAS_VALUE_EXPR_P (d))
	  {
	    tree v = DECL_VALUE_EXPR (d);
	    if ((TREE_CODE (v) == INDIRECT_REF || TREE_CODE (v) == MEM_REF)
		&& TREE_OPERAND (v, 0) == var)
	      return d;
	  }
      if (tree d = vla_for_pointer (BLOCK_SUBBLOCKS (block), var))
	return d;
    }
  return NULL_TREE;
}

/* The user variable whose storage location L is: a local in memory, or the
   variable-length array an alloca'd block was made for.  */
static tree
local_variable (escape_graph &g, const esc_loc &l)
{
  if (l.kind == LK_DECL)
    return user_decl_p (l.var) ? l.var : NULL_TREE;
  if (l.kind != LK_STACK)
    return NULL_TREE;
  tree lhs = gimple_call_lhs (l.call);
  if (!lhs || TREE_CODE (lhs) != SSA_NAME || !SSA_NAME_VAR (lhs))
    return NULL_TREE;
  tree vla = vla_for_pointer (DECL_INITIAL (g.fn->decl), SSA_NAME_VAR (lhs));
  return user_decl_p (vla) ? vla : NULL_TREE;
}

/* Whether VAR is the frame object GCC builds for the variables nested functions
   reach through their static chain; its fields carry those variables' names.  */
static bool
nested_frame_p (const_tree var)
{
  return VAR_P (var) && DECL_ARTIFICIAL (var) && DECL_NAME (var)
	 && startswith (decl_name (var), "FRAME.")
	 && TREE_CODE (TREE_TYPE (var)) == RECORD_TYPE;
}

/* Whether field F of a nested-function frame holds a user variable, rather than
   the chain to the enclosing frame or a trampoline.  */
static bool
captured_variable_p (const_tree f)
{
  tree type_name = TYPE_NAME (TREE_TYPE (f));
  return TREE_CODE (f) == FIELD_DECL && DECL_NAME (f) && !DECL_ARTIFICIAL (f)
	 && !strchr (decl_name (f), '.')
	 && !(type_name && TREE_CODE (type_name) == IDENTIFIER_NODE
	      && !strcmp (IDENTIFIER_POINTER (type_name), "__builtin_trampoline"));
}

static void
report_escaping_local (escape_graph &g, unsigned l, tree var)
{
  location_t at = DECL_SOURCE_LOCATION (var);
  add_result (at, "escapes-to-heap", "&%s escapes to heap", decl_name (var));
  explain (g, l, ROOT_HEAP, at);
}

static void
report_locals (escape_graph &g)
{
  for (unsigned l = 0; l < g.locs.length (); l++)
    {
      const esc_loc &loc = g.locs[l];
      if (loc.dist[ROOT_HEAP] >= 0)
	continue;
      if (loc.kind == LK_DECL && nested_frame_p (loc.var))
	{
	  for (tree f = TYPE_FIELDS (TREE_TYPE (loc.var)); f; f = DECL_CHAIN (f))
	    if (captured_variable_p (f))
	      report_escaping_local (g, l, f);
	  continue;
	}
      if (tree var = local_variable (g, loc))
	report_escaping_local (g, l, var);
    }
}

/* How a parameter breaks a noescape promise, by the root it reaches; DEEP if
   noescape forbids what it points to to reach it too.  Reading the pointee as
   bytes is allowed (callers take it as possible): a field-insensitive graph
   cannot tell an int field from a pointer's bits.  */
struct broken_promise
{
  root r;
  bool deep;
  const char *what;
};

static const broken_promise broken_promises[] = {
  { ROOT_HEAP, true, "escapes to heap" },
  { ROOT_RESULT, true, "is returned" },
  { ROOT_FREE, true, "is freed" },
  { ROOT_BYTES, false, "may be copied as bytes" },
};

/* How parameter I of G's function breaks PROMISE, if it does: by its value, or
   (*DEREFS > 0) by what it points to; *FROM gets where the path starts.  */
static const broken_promise *
find_broken_promise (escape_graph &g, unsigned i, escape_promise promise, int *derefs,
		     unsigned *from)
{
  for (const broken_promise &broken : broken_promises)
    {
      *derefs = param_dist (g, i, broken.r, from);
      if (*derefs != NOT_REACHED
	  && !(*derefs > 0 && (promise == PROMISE_SHALLOW || !broken.deep)))
	return &broken;
    }
  return NULL;
}

/* "parameter 'P' of 'FN'", for messages; to be freed.  */
static char *
parameter_text (tree parm, tree fn)
{
  return xasprintf ("parameter %s%s%s of %s%s%s", open_quote,
		    user_decl_p (parm) ? decl_name (parm) : "?", close_quote, open_quote,
		    lang_hooks.decl_printable_name (fn, 2), close_quote);
}

/* The noescape promises of G's function: a parameter that reaches a root by its
   value (under noescape, also by what it points to) is an error, with the path.  */
static void
check_promises (escape_graph &g)
{
  tree fn = g.fn->decl;
  unsigned i = 0;
  for (tree parm = DECL_ARGUMENTS (fn); parm; parm = DECL_CHAIN (parm), i++)
    {
      escape_promise promise = parameter_promise (TREE_TYPE (fn), i);
      int derefs;
      unsigned from;
      const broken_promise *broken
	= promise == PROMISE_NONE ? NULL : find_broken_promise (g, i, promise, &derefs, &from);
      if (!broken)
	continue;
      location_t loc = DECL_SOURCE_LOCATION (parm);
      char *param = parameter_text (parm, fn);
      add_error (loc, "%s is declared %s%s%s but %s%s", param, open_quote,
		 promise_name (promise), close_quote, derefs > 0 ? "what it points to " : "",
		 broken->what);
      free (param);
      explain_path (g, from, broken->r, loc);
    }
}

/* The promises that conversions of the address of G's function ask of it
   (plugin/conversions.cc): each one its body breaks is an error at the
   conversion, with the path.  */
static void
check_requests (escape_graph &g)
{
  tree fn = g.fn->decl;
  auto_vec<const promise_request *> requests;
  requests_on (fn, requests);
  for (const promise_request *r : requests)
    {
      tree parm = DECL_ARGUMENTS (fn);
      for (unsigned i = 0; parm && i < r->param; i++)
	parm = DECL_CHAIN (parm);
      int derefs;
      unsigned from;
      const broken_promise *broken
	= parm ? find_broken_promise (g, r->param, r->promise, &derefs, &from) : NULL;
      if (!broken)
	continue;
      char *param = parameter_text (parm, fn);
      char *why = xasprintf (derefs > 0 ? "what %s points to %s" : "%s %s", param,
			     broken->what);
      add_error (r->loc, "%s%s%s converted to %s, whose parameter %u is declared %s%s%s, "
		 "but %s", open_quote, lang_hooks.decl_printable_name (fn, 2), close_quote,
		 r->target, r->param + 1, open_quote, promise_name (r->promise), close_quote,
		 why);
      free (why);
      free (param);
      explain_path (g, from, broken->r, r->loc);
    }
}

/* The promotion of the allocation CALL in PLAN, if it is a site.  */
static const promotion *
site_promotion (escape_graph &g, const vec<promotion> &plan, const gimple *call)
{
  for (const promotion &p : plan)
    if (g.locs[p.loc].call == call)
      return &p;
  return NULL;
}

/* Under -fplugin-arg-escape-promote, each value assigned to a stack_only variable
   of G's function must be a null pointer or an allocation moved to the stack with
   a constant size; otherwise an error at the assignment says why.  A build whose
   sanitizers keep blocks on the heap asserts nothing about them.  */
static void
check_stack_only (escape_graph &g, const vec<promotion> &plan)
{
  if (!escape_opts.promote)
    return;
  unsigned i;
  tree name;
  FOR_EACH_SSA_NAME (i, name, g.fn)
    {
      tree var = SSA_NAME_VAR (name);
      gimple *def = SSA_NAME_DEF_STMT (name);
      if (!stack_only_p (var) || SSA_NAME_IS_DEFAULT_DEF (name)
	  || gimple_code (def) == GIMPLE_PHI
	  || (gimple_assign_single_p (def) && integer_zerop (gimple_assign_rhs1 (def))))
	continue;
      const promotion *p = site_promotion (g, plan, def);
      bool escapes = p && g.locs[p->loc].dist[ROOT_HEAP] < 0;
      char *why = NULL;
      if (!p)
	why = xstrdup ("is assigned a value that is not an allocation this plugin moves");
      else if (escapes)
	why = xstrdup ("this allocation escapes to heap");
      else if (!p->moved && !p->sanitized)
	why = xasprintf ("this allocation is not moved to stack: %s", p->why);
      else if (p->moved && p->variable)
	why = xstrdup ("this allocation may take the heap: its size is known only at "
		       "run time, and a size of 0 or above the limit for variable sizes "
		       "is allocated on the heap");
      if (!why)
	continue;
      location_t loc = gimple_location (def);
      add_error (loc, "%s%s%s is declared %sstack_only%s but %s", open_quote,
		 decl_name (var), close_quote, open_quote, close_quote, why);
      if (escapes)
	explain_path (g, p->loc, ROOT_HEAP, loc);
      free (why);
    }
}

void
report_function (escape_graph &g, const vec<promotion> &plan)
{
  check_promises (g);
  check_requests (g);
  check_stack_only (g, plan);
  if (escape_opts.suggest)
    suggest_promises (g, plan);
  for (const promotion &p : plan)
    {
      stats.sites++;
      stats.escaping += g.locs[p.loc].dist[ROOT_HEAP] < 0;
      stats.moved += p.moved;
      stats.bytes += p.moved ? p.size : 0;
    }
  if (!escape_opts.m || in_system_header_at (DECL_SOURCE_LOCATION (g.fn->decl)))
    return;
  report_params (g);
  report_allocations (g, plan);
  report_locals (g);
}

/* If STMT comes from an inlined body: the function it was written in; then
   *CALL_SITE is the inlined call and *CALLER the function that call is in (FN
   itself, or another function inlined into it).  */
static tree
inlined_origin (const gimple *stmt, tree fn, location_t *call_site, tree *caller)
{
  tree origin = NULL_TREE;
  *caller = fn;
  for (tree b = gimple_block (stmt); b && TREE_CODE (b) == BLOCK; b = BLOCK_SUPERCONTEXT (b))
    if (inlined_function_outer_scope_p (b))
      {
	tree f = block_ultimate_origin (b);
	if (!f || TREE_CODE (f) != FUNCTION_DECL)
	  return NULL_TREE;
	if (origin)
	  {
	    *caller = f;
	    break;
	  }
	origin = f;
	*call_site = BLOCK_SOURCE_LOCATION (b);
      }
  return origin;
}

/* The pass after inlining ran on a function: -stats says what it moved.  */
void
late_pass_ran (void)
{
  stats.late_ran = true;
}

/* Into ORIGIN, where the site CALL of G's function came from, as the pass
   after inlining says it: "inlined from xmalloc at f.c:13", with ", in sum"
   when the call it was inlined at is itself in a body inlined into G's
   function sum; for a site of G's function itself "after inlining" ("at link
   time" in lto1).  *AT gets the location the pass reports the site at (the
   inlined call, or the site).  Returns the function the site was written in,
   if it came with an inlined body.  */
tree
render_late_origin (pretty_printer *origin, escape_graph &g, const gcall *call,
		    location_t *at)
{
  *at = gimple_location (call);
  tree caller;
  tree from = inlined_origin (call, g.fn->decl, at, &caller);
  if (from)
    {
      expanded_location x = expand_location (gimple_location (call));
      pp_printf (origin, "inlined from %s at %s:%d",
		 lang_hooks.decl_printable_name (from, 2), x.file ? x.file : "?", x.line);
      if (caller != g.fn->decl)
	pp_printf (origin, ", in %s", lang_hooks.decl_printable_name (g.fn->decl, 2));
    }
  else
    pp_string (origin, in_lto_p ? "at link time" : "after inlining");
  return from;
}

/* The notes of the pass after inlining: each site it moved, at the inlined call
   that brought it or at the site; under -m=2, why a site that came with an
   inlined body stays.  */
void
report_after_inlining (escape_graph &g, const vec<promotion> &plan)
{
  late_pass_ran ();
  for (const promotion &p : plan)
    {
      stats.late_moved += p.moved;
      stats.late_bytes += p.moved ? p.size : 0;
    }
  if (!escape_opts.m || in_system_header_at (DECL_SOURCE_LOCATION (g.fn->decl)))
    return;
  for (const promotion &p : plan)
    {
      const gcall *call = g.locs[p.loc].call;
      pretty_printer site, origin;
      location_t at;
      tree from = render_late_origin (&origin, g, call, &at);
      if (!p.moved && (!from || escape_opts.m < 2))
	continue;
      render_call (&site, call);
      if (p.moved)
	add_result (at, "moved-to-stack", "moved to stack: %s (%s)", pp_formatted_text (&site),
		    pp_formatted_text (&origin));
      else
	add_result (at, "not-moved", "not moved to stack: %s (%s): %s",
		    pp_formatted_text (&site), pp_formatted_text (&origin),
		    g.locs[p.loc].dist[ROOT_HEAP] < 0 ? "escapes to heap"
		    : p.why ? p.why : "not asked");
    }
}
