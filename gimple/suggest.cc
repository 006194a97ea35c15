/* -fplugin-arg-escape-suggest: which noescape promise would move the most
   allocation sites to the stack.

   For each function, the sites the plan leaves on the heap because they escape
   are candidates.  A call argument that may point to one of them, passed to a
   function declared outside system headers whose body the unit does not have and
   that makes no promise for that parameter, names a parameter to suggest.  The
   function is then analysed again with that parameter assumed noescape (calls.cc
   asks assumed_noescape_p) and planned, and the sites that plan moves and the real
   one did not are counted for the parameter.  The rest of the analysis (budgets,
   sizes) is as it is: a site that would stop escaping but stay for another reason
   does not count.  A caller that counts as recursive because the function may
   call back into the unit keeps its blocks either way, so the sites are counted
   a second time with the function also assumed leaf (recursion.cc's facts found
   again, through may_call_back_p, which asks assumed_leaf_p).  At the end of the
   unit, one note at each suggested function's declaration, the largest count
   first, with what leaf would add.  */

#include "gimple/escape.h"
#include "plugin/attributes.h"

/* A parameter to suggest, the sites its promise would move, and those it
   would move with the function leaf too.  */
struct suggestion
{
  tree fn;
  unsigned argno;
  unsigned sites;
  unsigned sites_if_leaf;
};

static vec<suggestion> suggestions;

/* The parameter the analysis in progress assumes noescape, and the function
   it assumes leaf.  */
static tree assumed_fn;
static unsigned assumed_argno;
static tree assumed_leaf;

bool
assumed_noescape_p (tree fn, unsigned argno)
{
  return fn && fn == assumed_fn && argno == assumed_argno;
}

bool
assumed_leaf_p (tree fn)
{
  return fn && fn == assumed_leaf;
}

/* The function CALL calls, if a promise on its declaration could be suggested.  */
static tree
annotatable_callee (const gcall *call)
{
  tree fn = gimple_call_fndecl (call);
  if (!fn || fndecl_built_in_p (fn) || DECL_IN_SYSTEM_HEADER (fn) || !DECL_NAME (fn)
      || summary_for_call (call) || allocation_kind (call) || free_call_p (call))
    return NULL_TREE;
  return fn;
}

/* The locations of G's sites left on the heap because they escape, in ESCAPING.  */
static void
escaping_sites (escape_graph &g, const vec<promotion> &plan, bitmap escaping)
{
  for (const promotion &p : plan)
    if (!p.moved && g.locs[p.loc].dist[ROOT_HEAP] < 0)
      bitmap_set_bit (escaping, p.loc);
}

/* Whether argument ARG of a call may point to one of the ESCAPING sites of G.  */
static bool
may_carry_site_p (escape_graph &g, tree arg, bitmap escaping)
{
  if (TREE_CODE (arg) != SSA_NAME || !POINTER_TYPE_P (TREE_TYPE (arg)))
    return false;
  unsigned v = SSA_NAME_VERSION (arg);
  return v < g.ssa_locs.length () && g.ssa_locs[v]
	 && bitmap_intersect_p (g.locs[g.ssa_locs[v]].pts, escaping);
}

/* How many of PLAN's sites of G would move if parameter ARGNO of FN were
   noescape, and FN leaf if LEAF.  */
static unsigned
sites_moved_assuming (escape_graph &g, const vec<promotion> &plan, tree fn,
		      unsigned argno, bool leaf)
{
  assumed_fn = fn;
  assumed_argno = argno;
  escape_graph *h = analyze_function (cgraph_node::get (g.fn->decl));
  assumed_fn = NULL_TREE;
  h->recursion = g.recursion;
  h->landing = g.landing;
  if (leaf)
    {
      assumed_leaf = fn;
      forget_recursion ();
      h->recursion = may_recurse (g.fn->decl);
      h->landing = h->recursion ? esc_landing () : may_land_in_recursion (g.fn->decl);
      assumed_leaf = NULL_TREE;
      forget_recursion ();
    }
  auto_vec<promotion> hplan;
  plan_promotions (*h, hplan);
  unsigned n = 0;
  for (promotion &hp : hplan)
    {
      for (const promotion &p : plan)
	if (hp.moved && !p.moved && g.locs[p.loc].call == h->locs[hp.loc].call)
	  n++;
      free (hp.why);
    }
  delete h;
  return n;
}

/* The entry of LIST for parameter ARGNO of FN, added if it is not there.  */
static suggestion &
entry_for (vec<suggestion> &list, tree fn, unsigned argno)
{
  for (suggestion &s : list)
    if (s.fn == fn && s.argno == argno)
      return s;
  suggestion s = { fn, argno, 0, 0 };
  list.safe_push (s);
  return list.last ();
}

/* Whether parameter ARGNO of FN is not in TRIED yet; add it.  */
static bool
first_try_p (vec<suggestion> &tried, tree fn, unsigned argno)
{
  unsigned n = tried.length ();
  entry_for (tried, fn, argno);
  return tried.length () > n;
}

void
suggest_promises (escape_graph &g, const vec<promotion> &plan)
{
  auto_bitmap escaping (&g.pts_obstack);
  escaping_sites (g, plan, escaping);
  if (bitmap_empty_p (escaping))
    return;
  /* The parameters tried in this function (their counts unused).  */
  auto_vec<suggestion> tried;
  basic_block bb;
  FOR_EACH_BB_FN (bb, g.fn)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi); gsi_next (&gsi))
      {
	gcall *call = dyn_cast <gcall *> (gsi_stmt (gsi));
	tree fn = call ? annotatable_callee (call) : NULL_TREE;
	if (!fn)
	  continue;
	tree fntype = gimple_call_fntype (call);
	for (unsigned i = 0; i < gimple_call_num_args (call); i++)
	  if (parameter_promise (fntype, i) == PROMISE_NONE
	      && may_carry_site_p (g, gimple_call_arg (call, i), escaping)
	      && first_try_p (tried, fn, i))
	    {
	      unsigned n = sites_moved_assuming (g, plan, fn, i, false);
	      unsigned n_leaf = g.recursion && may_call_back_p (fn)
				? sites_moved_assuming (g, plan, fn, i, true) : n;
	      suggestion &s = entry_for (suggestions, fn, i);
	      s.sites += n;
	      s.sites_if_leaf += n_leaf;
	    }
      }
}

static int
compare_suggestions (const void *pa, const void *pb)
{
  const suggestion *a = (const suggestion *) pa, *b = (const suggestion *) pb;
  if (a->sites != b->sites)
    return a->sites > b->sites ? -1 : 1;
  if (a->sites_if_leaf != b->sites_if_leaf)
    return a->sites_if_leaf > b->sites_if_leaf ? -1 : 1;
  return DECL_UID (a->fn) != DECL_UID (b->fn) ? (DECL_UID (a->fn) < DECL_UID (b->fn) ? -1 : 1)
	 : (a->argno > b->argno) - (a->argno < b->argno);
}

void
emit_suggestions (void)
{
  suggestions.qsort (compare_suggestions);
  for (const suggestion &s : suggestions)
    if (s.sites_if_leaf > s.sites)
      inform (DECL_SOURCE_LOCATION (s.fn),
	      "escape: %u allocation site%s in this file would move to the stack if "
	      "parameter %u of %qD were %<noescape%> (%u if %qD were also %<leaf%>)",
	      s.sites, s.sites == 1 ? "" : "s", s.argno + 1, s.fn, s.sites_if_leaf, s.fn);
    else if (s.sites)
      inform (DECL_SOURCE_LOCATION (s.fn),
	      "escape: %u allocation site%s in this file would move to the stack if "
	      "parameter %u of %qD were %<noescape%>", s.sites, s.sites == 1 ? "" : "s",
	      s.argno + 1, s.fn);
  suggestions.release ();
}
