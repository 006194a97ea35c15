/* The translation-unit driver.  The call graph is split into strongly connected
   components (recursion.cc), which come out callees first.  Each component is analysed once if it is
   not recursive; otherwise its members start from empty summaries and are analysed
   again until no summary changes, or, after MAX_ROUNDS, get summaries that assume
   every parameter leaks.  The final graphs are then reported one at a time.

   Summaries are used only for callees whose body the linker cannot replace
   (availability AVAIL_AVAILABLE or better): an interposable definition under -fPIC
   says nothing about the function that will actually run.  */

#include "gimple/escape.h"
#include "plugin/options.h"

static const int MAX_ROUNDS = 16;

static hash_map<tree, esc_summary *> *summaries;

/* Functions that contain nested functions: their frames are reached through static
   chains the graph does not follow.  Found on first use.  */
static hash_set<tree> *nesting_parents;

static bool
nests_functions_p (tree fn)
{
  if (!nesting_parents)
    {
      nesting_parents = new hash_set<tree>;
      cgraph_node *n;
      FOR_EACH_FUNCTION (n)
	if (DECL_CONTEXT (n->decl) && TREE_CODE (DECL_CONTEXT (n->decl)) == FUNCTION_DECL)
	  nesting_parents->add (DECL_CONTEXT (n->decl));
    }
  return nesting_parents->contains (fn);
}

/* The summary of function FN, if it has one whose body will run: not a body
   given for inlining only (extern inline, as glibc's headers give bsearch at
   -O1 and above), which stands for a definition elsewhere.  */
esc_summary *
summary_for_decl (tree fn)
{
  cgraph_node *node = fn ? cgraph_node::get (fn) : NULL;
  if (!node)
    return NULL;
  enum availability avail;
  node = node->function_symbol (&avail);
  if (avail < AVAIL_AVAILABLE || (!in_lto_p && DECL_EXTERNAL (fn)))
    return NULL;
  return summary_of_body (node);
}

/* The summary of NODE's body, whoever calls it.  */
esc_summary *
summary_of_body (cgraph_node *node)
{
  if (in_lto_p)
    return streamed_summary (node);
  esc_summary **s = summaries ? summaries->get (node->decl) : NULL;
  return s ? *s : NULL;
}

esc_summary *
summary_for_call (const gcall *call)
{
  return summary_for_decl (gimple_call_fndecl (call));
}

/* The function nested in FN whose address statement STMT takes, or NULL.  */
static tree
nested_function_in (const gimple *stmt, tree fn)
{
  for (unsigned i = 0; i < gimple_num_ops (stmt); i++)
    {
      tree op = gimple_op (stmt, i);
      if (op && TREE_CODE (op) == ADDR_EXPR
	  && TREE_CODE (TREE_OPERAND (op, 0)) == FUNCTION_DECL
	  && DECL_CONTEXT (TREE_OPERAND (op, 0)) == fn)
	return TREE_OPERAND (op, 0);
    }
  return NULL_TREE;
}

/* Give up on G, whose function contains nested functions: at the first statement
   that refers to one (the launch of an OpenMP region names the construct).  */
static void
give_up_on_nesting (escape_graph &g)
{
  basic_block bb;
  FOR_EACH_BB_FN (bb, g.fn)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi); gsi_next (&gsi))
      if (tree nested = nested_function_in (gsi_stmt (gsi), g.fn->decl))
	{
	  g.give_up (gsi_stmt (gsi), DECL_ARTIFICIAL (nested)
			     ? "function runs an outlined body (an OpenMP region)"
			     : "function contains nested functions");
	  return;
	}
  g.give_up (NULL, "function contains nested functions");
}

/* Build and solve the escape graph of NODE's function.  */
escape_graph *
analyze_function (cgraph_node *node)
{
  push_cfun (DECL_STRUCT_FUNCTION (node->decl));
  escape_graph *g = new escape_graph (cfun);
  if (nests_functions_p (node->decl))
    give_up_on_nesting (*g);
  build_graph (*g);
  solve_graph (*g);
  pop_cfun ();
  return g;
}

void
delete_summary (esc_summary *s)
{
  s->params.release ();
  delete s;
}

/* Make S the summary of FN, in place of any it had.  */
static void
put_summary (tree fn, esc_summary *s)
{
  if (esc_summary **old = summaries->get (fn))
    delete_summary (*old);
  summaries->put (fn, s);
}

/* Make S, made after the analysis, the summary of FN: in lto1 it goes with FN
   to the LTRANS stage (streamed.cc).  */
void
record_summary (tree fn, esc_summary *s)
{
  if (in_lto_p)
    {
      publish_summary (fn, *s);
      delete_summary (s);
    }
  else if (summaries)
    put_summary (fn, s);
  else
    delete_summary (s);
}

/* DEREFS, at least 0, plus EXTRA.  */
static int
deeper (int derefs, int extra)
{
  return derefs == NOT_REACHED ? NOT_REACHED : MAX (derefs, 0) + extra;
}

/* The levels with which location L reaches the roots, plus EXTRA.  */
static leak_levels
levels_of (const esc_loc &l, int extra)
{
  leak_levels to = { deeper (l.dist[ROOT_HEAP], extra), deeper (l.dist[ROOT_RESULT], extra),
		     deeper (l.dist[ROOT_FREE], extra), deeper (l.dist[ROOT_BYTES], extra) };
  return to;
}

/* Store the summary of G's function; return true if it changed.  */
static bool
update_summary (escape_graph &g)
{
  esc_summary *s = new esc_summary;
  s->params = vNULL;
  s->writes_foreign = g.writes_foreign;
  for (unsigned i = 0; i < g.params.length (); i++)
    {
      param_leak leak = { { NOT_REACHED, NOT_REACHED, NOT_REACHED, NOT_REACHED } };
      if (unsigned p = g.params[i])
	leak.to = levels_of (g.locs[p], 0);
      for (const param_read &r : g.param_reads)
	if (r.param == i)
	  add_read (leak, r.part);
      for (const param_part &pp : g.param_parts)
	if (pp.param == i)
	  {
	    part_leak pl = { pp.part, levels_of (g.locs[pp.loc], 1) };
	    add_part_leak (leak, pl);
	  }
      s->params.safe_push (leak);
    }
  esc_summary **old = summaries->get (g.fn->decl);
  bool changed = !old || (*old)->writes_foreign != s->writes_foreign
		 || (*old)->params.length () != s->params.length ()
		 || memcmp ((*old)->params.address (), s->params.address (),
			    s->params.length () * sizeof (param_leak));
  put_summary (g.fn->decl, s);
  return changed;
}

/* A summary that claims nothing leaks, to start the iteration of a recursive
   component, or everything leaks, when the iteration did not settle.  */
static void
set_summary (cgraph_node *node, int derefs)
{
  esc_summary *s = new esc_summary;
  s->params = vNULL;
  s->writes_foreign = derefs != NOT_REACHED;
  for (tree p = DECL_ARGUMENTS (node->decl); p; p = DECL_CHAIN (p))
    {
      param_leak leak = { { derefs, derefs, derefs, derefs } };
      s->params.safe_push (leak);
    }
  put_summary (node->decl, s);
}

/* Plan G's promotions, REPORT them, apply them and release G; return whether
   any block moved.  */
bool
finish_function (escape_graph *g, promotion_reporter report)
{
  g->recursion = may_recurse (g->fn->decl);
  if (escape_opts.promote && !g->fn->after_inlining && !g->recursion)
    g->landing = may_land_in_recursion (g->fn->decl);
  if (escape_opts.dump)
    dump_graph (*g, stderr);
  auto_vec<promotion> plan;
  plan_promotions (*g, plan);
  report (*g, plan);
  apply_promotions (*g, plan);
  bool moved = false;
  for (promotion &p : plan)
    {
      moved |= p.moved;
      free (p.why);
    }
  delete g;
  return moved;
}

/* Analyse the members of SCC until their summaries settle, then report them.  A
   single function's graph is kept from its last round; the members of a larger
   component are analysed once more when their summaries have settled, one graph
   at a time, so that memory does not grow with the component.  */
static void
analyze_scc (const vec<cgraph_node *> &scc, bool recursive)
{
  if (recursive)
    for (cgraph_node *n : scc)
      set_summary (n, NOT_REACHED);
  escape_graph *kept = NULL;
  bool settled = false;
  for (int round = 0; round < MAX_ROUNDS && !settled; round++)
    {
      delete kept;
      kept = NULL;
      settled = true;
      for (cgraph_node *n : scc)
	{
	  escape_graph *g = analyze_function (n);
	  if (update_summary (*g))
	    settled = false;
	  if (scc.length () == 1)
	    kept = g;
	  else
	    delete g;
	}
      settled |= !recursive;
    }
  if (!settled)
    {
      delete kept;
      kept = NULL;
      for (cgraph_node *n : scc)
	set_summary (n, 0);
    }
  if (kept)
    finish_function (kept, report_function);
  else
    for (cgraph_node *n : scc)
      finish_function (analyze_function (n), report_function);
}

/* Attach to each function whose summary callers may use its summary, for the
   LTO bytecode (streamed.cc).  */
static void
publish_summaries (void)
{
  for (auto it = summaries->begin (); it != summaries->end (); ++it)
    if (summary_for_decl ((*it).first) == (*it).second)
      publish_summary ((*it).first, *(*it).second);
}

void
release_summaries (void)
{
  release_streamed_summaries ();
  if (!summaries)
    return;
  for (auto it = summaries->begin (); it != summaries->end (); ++it)
    delete_summary ((*it).second);
  delete summaries;
  summaries = NULL;
}

void
analyze_translation_unit (void)
{
  summaries = new hash_map<tree, esc_summary *>;
  call_graph cg;
  auto_vec<vec<unsigned> > sccs;
  call_graph_components (cg, sccs);
  auto_vec<cgraph_node *> members;
  for (vec<unsigned> &scc : sccs)
    {
      members.truncate (0);
      for (unsigned i : scc)
	members.safe_push (cg.nodes[i]);
      analyze_scc (members, cyclic_component_p (cg, scc));
      scc.release ();
    }
  if (flag_generate_lto)
    publish_summaries ();
  forget_analysis_facts ();
}

/* Forget what was found about the call graph (it changes before the pass after
   inlining runs); summaries stay, for calls that are not inlined.  */
void
forget_analysis_facts (void)
{
  forget_recursion ();
  delete nesting_parents;
  nesting_parents = NULL;
}
