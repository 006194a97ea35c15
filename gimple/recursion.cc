/* Which functions may be active more than once at a time.  A block moved into the
   frame of such a function is paid once per active call, and the depth of a
   recursion is not known at compile time, so these functions get the recursive
   budget (0 by default) instead of the frame budget.

   A function may be active twice when it is in a cycle of the call graph.  Some
   cycles the call graph cannot show: a call to a function whose body is not here
   (another translation unit, another LTO partition), or through a function
   pointer, may call back into this unit through
   any function that code outside can call (a public function other than main,
   one whose address is taken).  So a function is also taken as recursive when it can reach such an
   opaque call and can be reached from such an entry: f -> ... -> opaque call ->
   entry -> ... -> f.  Functions that call no function of the program are not
   opaque, and C library functions that run code of the program are opaque
   only when it may be code the call graph does not show (callbacks.cc: a
   comparator of this unit given to qsort is a callee like any other; raise
   is opaque when the program installs a signal handler).

   The call graph is walked through inlined calls (after IPA inlining, a call in
   an inlined body belongs to the inline clone): the facts hold for the early pass
   and for the pass after inlining alike.  They are computed once per compilation,
   while every function still has its body.  Under -flto, a call into another
   partition is opaque to an LTRANS process, so the facts are also computed in
   WPA, on the whole program's call graph, and LTRANS takes WPA's word for the
   functions WPA found are never active twice (streamed.cc).

   Before inlining, a block moved into a function's frame lands wherever GCC later
   inlines its body: a helper that is never active twice, inlined into a recursive
   tree walker, puts its block into every level of the walk.  So the first pass
   also asks where a body may land (may_land_in_recursion): unless it is declared
   noinline, in the frame of each caller, and from there in their callers'
   frames; in frames this unit does not show when its address is taken (an
   indirect call GCC resolves and inlines) or when it is public and compiled for
   -flto (the link inlines across units).  A function whose body may land in a
   frame that may be active twice, or in one not shown, moves nothing before
   inlining: the pass after inlining (late.cc) decides, in the frame the body
   really landed in.  */

#include "gimple/escape.h"

/* Per function with a body: NULL if it is never active twice; otherwise why it
   may be: "" for a cycle of the call graph, or the name of an opaque callee.  */
static hash_map<tree, const char *> *recursion;

/* Per function with a body, before inlining: absent if its body can land only in
   frames that are never active twice; otherwise where it may land in one.  */
static hash_map<tree, esc_landing> *landing;

/* Whether code outside this unit may call NODE: as only_called_directly_or_aliased_p
   says, but main is no entry (C programs do not call it), and a static function
   is not one merely because GCC emits every static function at -O0 (force_output
   without the "used" attribute), or the recursion facts would differ between -O0
   and -O1.  */
static bool
entry_p (cgraph_node *node)
{
  tree decl = node->decl;
  if (DECL_NAME (decl) && MAIN_NAME_P (DECL_NAME (decl)))
    return false;
  bool forced = node->force_output
		&& (TREE_PUBLIC (decl) || lookup_attribute ("used", DECL_ATTRIBUTES (decl)));
  return forced || node->address_taken || node->ifunc_resolver
	 || node->used_from_other_partition || DECL_VIRTUAL_P (decl)
	 || DECL_STATIC_CONSTRUCTOR (decl) || DECL_STATIC_DESTRUCTOR (decl)
	 || node->used_from_object_file_p () || node->externally_visible;
}

/* The function a direct call graph edge leads to, if its body is here.  (A
   definition the linker may replace is taken as the one that runs.)  */
static cgraph_node *
visible_callee (cgraph_edge *e)
{
  cgraph_node *callee = e->callee->function_symbol ();
  if (!callee->has_gimple_body_p ())
    return NULL;
  return callee;
}

/* Whether direct edge E, not inlined, calls code that may call back into this
   unit unseen, if the program registers the handlers REGISTERED.  Push onto
   SUCC the functions with bodies here that it calls: its callee, or for a C
   library function that runs code of the program, the functions of this unit
   it is given (qsort's comparator: the edge is a call of it, also where the
   library's headers give a body for inlining, as glibc's do for bsearch).  */
static bool
opaque_edge_p (cgraph_edge *e, unsigned registered, vec<cgraph_node *> &succ)
{
  tree fn = e->callee->decl;
  if (library_caller_p (fn))
    return library_call_calls_back_p (fn, e->call_stmt, registered, succ);
  if (cgraph_node *c = visible_callee (e))
    {
      succ.safe_push (c);
      return false;
    }
  return may_call_back_p (fn);
}

/* The calls NODE makes, its inlined bodies' included, in a program that
   registers the handlers REGISTERED: push the functions with bodies onto
   SUCC; return the name of an opaque callee, or "a function pointer" for an
   indirect call, or NULL if there is neither.  */
static const char *
calls_of (cgraph_node *node, unsigned registered, vec<cgraph_node *> &succ)
{
  const char *opaque = NULL;
  auto_vec<cgraph_node *, 8> bodies;
  bodies.safe_push (node);
  while (!bodies.is_empty ())
    {
      cgraph_node *n = bodies.pop ();
      if (n->indirect_calls && !opaque)
	opaque = "a function pointer";
      for (cgraph_edge *e = n->callees; e; e = e->next_callee)
	if (!e->inline_failed)
	  bodies.safe_push (e->callee);
	else if (opaque_edge_p (e, registered, succ) && !opaque)
	  opaque = IDENTIFIER_POINTER (DECL_NAME (e->callee->decl));
    }
  return opaque;
}

call_graph::call_graph ()
{
  cgraph_node *n;
  FOR_EACH_FUNCTION_WITH_GIMPLE_BODY (n)
    if (!n->inlined_to
	&& (!DECL_STRUCT_FUNCTION (n->decl)
	    || gimple_in_ssa_p (DECL_STRUCT_FUNCTION (n->decl))))
      {
	index.put (n, nodes.length ());
	nodes.safe_push (n);
      }
  succ.safe_grow_cleared (nodes.length ());
  pred.safe_grow_cleared (nodes.length ());
  opaque.safe_grow_cleared (nodes.length ());
  unsigned registered = registered_handlers ();
  auto_vec<cgraph_node *> callees;
  for (unsigned i = 0; i < nodes.length (); i++)
    {
      callees.truncate (0);
      opaque[i] = calls_of (nodes[i], registered, callees);
      for (cgraph_node *c : callees)
	if (unsigned *j = index.get (c))
	  {
	    succ[i].safe_push (*j);
	    pred[*j].safe_push (i);
	  }
    }
}

call_graph::~call_graph ()
{
  for (vec<unsigned> &v : succ)
    v.release ();
  for (vec<unsigned> &v : pred)
    v.release ();
}

/* Mark in SEEN every node reachable from the ones already marked, along EDGES;
   FROM[i] gets the node i was reached from.  */
static void
reach (const vec<vec<unsigned> > &edges, vec<bool> &seen, vec<int> *from)
{
  auto_vec<unsigned> work;
  for (unsigned i = 0; i < seen.length (); i++)
    if (seen[i])
      work.safe_push (i);
  while (!work.is_empty ())
    {
      unsigned i = work.pop ();
      for (unsigned j : edges[i])
	if (!seen[j])
	  {
	    seen[j] = true;
	    if (from)
	      (*from)[j] = i;
	    work.safe_push (j);
	  }
    }
}

/* The strongly connected components of CG, callees first (Tarjan's algorithm,
   without recursion so that deep call chains cannot exhaust the stack).  */
void
call_graph_components (const call_graph &cg, vec<vec<unsigned> > &out)
{
  unsigned n = cg.nodes.length ();
  auto_vec<int> idx, low;
  auto_vec<bool> on_stack;
  idx.safe_grow (n);
  low.safe_grow (n);
  on_stack.safe_grow_cleared (n);
  for (int &i : idx)
    i = -1;
  auto_vec<unsigned> stack;
  struct frame { unsigned node, next; };
  auto_vec<frame> frames;
  int counter = 0;
  for (unsigned root = 0; root < n; root++)
    {
      if (idx[root] >= 0)
	continue;
      frame f0 = { root, 0 };
      frames.safe_push (f0);
      idx[root] = low[root] = counter++;
      stack.safe_push (root);
      on_stack[root] = true;
      while (!frames.is_empty ())
	{
	  frame &f = frames.last ();
	  unsigned v = f.node;
	  if (f.next < cg.succ[v].length ())
	    {
	      unsigned w = cg.succ[v][f.next++];
	      if (idx[w] < 0)
		{
		  idx[w] = low[w] = counter++;
		  stack.safe_push (w);
		  on_stack[w] = true;
		  frame fw = { w, 0 };
		  frames.safe_push (fw);
		}
	      else if (on_stack[w])
		low[v] = MIN (low[v], idx[w]);
	      continue;
	    }
	  frames.pop ();
	  if (!frames.is_empty ())
	    {
	      unsigned u = frames.last ().node;
	      low[u] = MIN (low[u], low[v]);
	    }
	  if (low[v] != idx[v])
	    continue;
	  vec<unsigned> scc = vNULL;
	  unsigned w;
	  do
	    {
	      w = stack.pop ();
	      on_stack[w] = false;
	      scc.safe_push (w);
	    }
	  while (w != v);
	  out.safe_push (scc);
	}
    }
}

/* Whether component SCC of CG is a cycle: more than one function, or one that
   calls itself.  */
bool
cyclic_component_p (const call_graph &cg, const vec<unsigned> &scc)
{
  if (scc.length () > 1)
    return true;
  for (unsigned w : cg.succ[scc[0]])
    if (w == scc[0])
      return true;
  return false;
}

static void
compute_recursion (void)
{
  recursion = new hash_map<tree, const char *>;
  call_graph cg;
  unsigned n = cg.nodes.length ();
  auto_vec<bool> cyclic, entered, reaches_opaque;
  cyclic.safe_grow_cleared (n);
  entered.safe_grow_cleared (n);
  reaches_opaque.safe_grow_cleared (n);
  auto_vec<int> toward;		/* Toward an opaque call: the callee on the way.  */
  toward.safe_grow (n);
  auto_vec<vec<unsigned> > sccs;
  call_graph_components (cg, sccs);
  for (vec<unsigned> &scc : sccs)
    {
      if (cyclic_component_p (cg, scc))
	for (unsigned m : scc)
	  cyclic[m] = true;
      scc.release ();
    }
  for (unsigned i = 0; i < n; i++)
    {
      entered[i] = entry_p (cg.nodes[i]);
      reaches_opaque[i] = cg.opaque[i] != NULL;
      toward[i] = -1;
    }
  reach (cg.succ, entered, NULL);
  reach (cg.pred, reaches_opaque, &toward);
  for (unsigned i = 0; i < n; i++)
    {
      const char *why = NULL;
      if (cyclic[i])
	why = "";
      else if (entered[i] && reaches_opaque[i])
	{
	  unsigned k = i;
	  while (toward[k] >= 0)
	    k = toward[k];
	  why = cg.opaque[k];
	}
      if (why && !(flag_ltrans && streamed_once_p (cg.nodes[i])))
	recursion->put (cg.nodes[i]->decl, why);
    }
}

/* Whether the inliner may put the body of NODE into its callers' frames.  The
   answer is the same at every -O level, as the notes are, although at -O0 GCC
   inlines only always_inline functions (and the pass after inlining does not
   run, so that their blocks stay on the heap there).  */
static bool
inlinable_p (cgraph_node *node)
{
  tree decl = node->decl;
  return !DECL_UNINLINABLE (decl) && !lookup_attribute ("noinline", DECL_ATTRIBUTES (decl));
}

/* Where the body of NODE may land in frames this unit does not show: UNSEEN is
   NULL if nowhere.  */
static esc_landing
unseen_landing (cgraph_node *node)
{
  esc_landing l = { NULL, NULL };
  if (!inlinable_p (node))
    ;
  else if (node->address_taken)
    l.unseen = "where it is called through a function pointer";
  else if (flag_generate_lto && TREE_PUBLIC (node->decl))
    l.unseen = "into a function of another file at link time";
  return l;
}

/* Find where each body may land: from every frame that may be active twice, and
   every body that may land where this unit does not see, down the calls the
   inliner may inline.  */
static void
compute_landing (void)
{
  landing = new hash_map<tree, esc_landing>;
  call_graph cg;
  auto_vec<unsigned> work;
  for (unsigned i = 0; i < cg.nodes.length (); i++)
    {
      esc_landing l = unseen_landing (cg.nodes[i]);
      if (may_recurse (cg.nodes[i]->decl))
	work.safe_push (i);
      else if (l.unseen)
	{
	  landing->put (cg.nodes[i]->decl, l);
	  work.safe_push (i);
	}
    }
  while (!work.is_empty ())
    {
      unsigned i = work.pop ();
      tree frame = cg.nodes[i]->decl;
      esc_landing here = { IDENTIFIER_POINTER (DECL_NAME (frame)), NULL };
      if (esc_landing *inherited = landing->get (frame))
	here = *inherited;
      for (unsigned j : cg.succ[i])
	{
	  tree decl = cg.nodes[j]->decl;
	  if (landing->get (decl) || may_recurse (decl) || !inlinable_p (cg.nodes[j]))
	    continue;
	  landing->put (decl, here);
	  work.safe_push (j);
	}
    }
}

/* Before inlining: where the body of function FN may be inlined into a frame
   that may be active twice (both fields NULL if nowhere).  */
esc_landing
may_land_in_recursion (tree fn)
{
  if (!landing)
    compute_landing ();
  esc_landing none = { NULL, NULL };
  esc_landing *l = landing->get (fn);
  return l ? *l : none;
}

/* Why a block of a function whose body may land as L stays on the heap.  */
char *
landing_reason (const esc_landing &l)
{
  if (l.frame)
    return xasprintf ("it may be inlined into %s, which may be active twice", l.frame);
  return xasprintf ("it may be inlined %s", l.unseen);
}

/* In WPA, which sees the whole call graph: mark every function that is never
   active twice, for the LTRANS processes, which see only their partition.  */
void
publish_recursion_facts (void)
{
  forget_recursion ();
  may_recurse (NULL_TREE);
  call_graph cg;
  for (cgraph_node *n : cg.nodes)
    if (!may_recurse (n->decl))
      publish_once (n->decl);
  forget_recursion ();
}

/* Whether function FN may be active more than once at a time: NULL if not, ""
   for a cycle of the call graph, otherwise the name of the opaque callee (or "a
   function pointer") through which it may be called again.  The facts are found
   on the first call (FN may be NULL then, to find them only).  */
const char *
may_recurse (tree fn)
{
  if (!recursion)
    compute_recursion ();
  if (!fn)
    return NULL;
  const char **why = recursion->get (fn);
  return why ? *why : NULL;
}

/* Forget the facts: the call graph is about to change (a new compilation).  */
void
forget_recursion (void)
{
  delete recursion;
  recursion = NULL;
  delete landing;
  landing = NULL;
}
