/* The translation-unit driver.  The call graph is split into strongly connected
   components (recursion.cc), which come out callees first.  Each component is analysed once if it is
   not recursive; otherwise its members start from empty summaries and are analysed
   again (each only when a summary its last analysis read has changed) until no
   summary changes, or, after MAX_ROUNDS, get summaries that assume every
   parameter leaks.  The final graphs are then reported one at a time.

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

/* While a member of a recursive component is analysed: the functions whose
   summaries the analysis asks for (analyze_scc); NULL otherwise.  */
static vec<tree> *summaries_read;

/* The summary of NODE's body, whoever calls it.  */
esc_summary *
summary_of_body (cgraph_node *node)
{
  if (in_lto_p)
    return streamed_summary (node);
  if (summaries_read)
    summaries_read->safe_push (node->decl);
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
  if (escape_opts.guard)
    guard_frees (cfun);
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
  s->frees_unguarded = g.frees_unguarded;
  for (unsigned i = 0; i < g.params.length (); i++)
    {
      param_leak leak = { { NOT_REACHED, NOT_REACHED, NOT_REACHED, NOT_REACHED } };
      if (unsigned p = g.params[i])
	leak.to = levels_of (g.locs[p], 0);
      s->params.safe_push (leak);
    }
  auto_vec<int> part_heap;
  summarize_stores (g, s->params, part_heap);
  for (unsigned i = 0; i < g.params.length (); i++)
    {
      param_leak &leak = s->params[i];
      for (const param_read &r : g.param_reads)
	if (r.param == i)
	  add_read (leak, r.part);
      for (unsigned k = 0; k < g.param_parts.length (); k++)
	{
	  const param_part &pp = g.param_parts[k];
	  if (pp.param != i)
	    continue;
	  part_leak pl = { pp.part, levels_of (g.locs[pp.loc], 1) };
	  pl.to.heap = deeper (part_heap[k], 1);
	  add_part_leak (leak, pl);
	}
    }
  esc_summary **old = summaries->get (g.fn->decl);
  bool changed = !old || (*old)->writes_foreign != s->writes_foreign
		 || (*old)->frees_unguarded != s->frees_unguarded
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
  s->frees_unguarded = derefs != NOT_REACHED;
  for (tree p = DECL_ARGUMENTS (node->decl); p; p = DECL_CHAIN (p))
    {
      param_leak leak = { { derefs, derefs, derefs, derefs } };
      s->params.safe_push (leak);
    }
  put_summary (node->decl, s);
}

/* Plan G's promotions, instrument for the profile, REPORT them (unless NULL)
   and remark on them, apply them and release G; return whether any block
   moved.  */
bool
finish_function (escape_graph *g, promotion_reporter report)
{
  g->recursion = may_recurse (g->fn->decl);
  if (promotions_planned_p () && !g->fn->after_inlining && !g->recursion)
    g->landing = may_land_in_recursion (g->fn->decl);
  if (escape_opts.dump)
    dump_graph (*g, stderr);
  auto_vec<promotion> plan;
  plan_promotions (*g, plan);
  if (escape_opts.profile)
    (g->fn->after_inlining ? relabel_moved_sites : instrument_for_profile) (*g, plan);
  if (!escape_opts.promote)
    keep_every_site (plan);
  if (report)
    report (*g, plan);
  remark_promotions (*g, plan);
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

/* The members of a recursive component while their summaries settle.  A
   member's graph depends only on its body and on the summaries its analysis
   reads, so a member none of whose callees' summaries changed since its last
   analysis is not analysed again: that analysis would give the same graph and
   the same summary.  Steps number the analyses.  */
struct scc_state
{
  const vec<cgraph_node *> &scc;
  hash_map<tree, unsigned> index;	/* Member by decl.  */
  auto_vec<int> analysed;		/* Step of each member's last analysis, or -1.  */
  auto_vec<int> changed;		/* Last step that changed its summary, or -1.  */
  auto_vec<vec<unsigned> > reads;	/* Members whose summaries that analysis read.  */
  escape_graph *kept;			/* A single member's last graph.  */
  int step;

  explicit scc_state (const vec<cgraph_node *> &members);
  ~scc_state ();
  bool stale_p (unsigned m) const;
  bool analyze (unsigned m);
  escape_graph *final_graph (unsigned m);
};

scc_state::scc_state (const vec<cgraph_node *> &members)
  : scc (members), kept (NULL), step (0)
{
  for (unsigned m = 0; m < scc.length (); m++)
    {
      index.put (scc[m]->decl, m);
      analysed.safe_push (-1);
      changed.safe_push (-1);
      reads.safe_push (vNULL);
    }
}

scc_state::~scc_state ()
{
  for (unsigned m = 0; m < scc.length (); m++)
    reads[m].release ();
  delete kept;
}

/* Whether member M was not analysed yet, or a summary its last analysis read has
   changed since (its own included, which changes after its analysis).  */
bool
scc_state::stale_p (unsigned m) const
{
  if (analysed[m] < 0)
    return true;
  for (unsigned r : reads[m])
    if (changed[r] >= analysed[m])
      return true;
  return false;
}

/* Analyse member M; return true if its summary changed.  A single member's
   graph is kept for the report; the members of a larger component are analysed
   once more then, one graph at a time, so that memory does not grow with the
   component.  */
bool
scc_state::analyze (unsigned m)
{
  auto_vec<tree> read;
  summaries_read = &read;
  escape_graph *g = analyze_function (scc[m]);
  summaries_read = NULL;
  reads[m].truncate (0);
  for (tree fn : read)
    if (unsigned *r = index.get (fn))
      reads[m].safe_push (*r);
  analysed[m] = step;
  bool grew = update_summary (*g);
  if (grew)
    changed[m] = step;
  step++;
  delete kept;
  kept = scc.length () == 1 ? g : NULL;
  if (!kept)
    delete g;
  return grew;
}

/* The graph of member M with the summaries as they are now: its kept graph, or
   a new analysis.  */
escape_graph *
scc_state::final_graph (unsigned m)
{
  escape_graph *g = kept;
  kept = NULL;
  return g ? g : analyze_function (scc[m]);
}

/* Analyse the members of SCC until their summaries settle, then report them,
   one graph at a time.  */
static void
analyze_scc (const vec<cgraph_node *> &scc, bool recursive)
{
  if (recursive)
    for (cgraph_node *n : scc)
      set_summary (n, NOT_REACHED);
  scc_state st (scc);
  bool settled = false;
  for (int round = 0; round < MAX_ROUNDS && !settled; round++)
    {
      settled = true;
      for (unsigned m = 0; m < scc.length (); m++)
	if (st.stale_p (m) && st.analyze (m))
	  settled = false;
      settled |= !recursive;
    }
  if (!settled)
    {
      delete st.kept;
      st.kept = NULL;
      for (cgraph_node *n : scc)
	set_summary (n, 0);
    }
  for (unsigned m = 0; m < scc.length (); m++)
    finish_function (st.final_graph (m), report_function);
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
