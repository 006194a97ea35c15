/* The solver.  Two steps repeat until the set of escaping objects stops growing:

   1. Points-to (points_to): an inclusion analysis over the graph's edges.  pts(dst)
      takes src itself for an address edge, pts(src) for a copy, and the contents of
      the objects in pts(src) for each dereference.  Store nodes are resolved as
      their bases' points-to sets grow: each target object gets an edge from the
      store node, and a base that may point outside the frame sends the stored
      values to {heap}.  Parameters, {heap} and escaped objects point to {heap}.

   2. Walks (walk): Go's walkOne, from the result and then from {heap}: a
      label-correcting search over reversed edges for the minimum dereference count
      with which each location reaches the root, lower-bounded at 0 before each step
      so that an object whose address reaches the root passes on its contents as
      values.  The free sink is walked last: what reaches it may be freed.
      {heap} is a sink: the walk from the result does not pass through
      it, and nothing flows into its points-to set (escaped objects stand for what
      it holds).  Objects whose address reaches the result are returned: they get an
      edge to {heap}, so they escape too.  */

#include "gimple/escape.h"

static bool
object_p (const esc_loc &l)
{
  return l.kind == LK_DECL || l.kind == LK_ALLOC || l.kind == LK_STACK;
}

/* Add to TO the objects value V may point to.  */
bool
add_pointees (escape_graph &g, const esc_val &v, bitmap to)
{
  if (v.derefs < 0)
    return bitmap_set_bit (to, v.loc);
  if (v.derefs == 0)
    return bitmap_ior_into (to, g.locs[v.loc].pts);
  auto_bitmap cur (&g.pts_obstack);
  bitmap_copy (cur, g.locs[v.loc].pts);
  for (int k = 0; k < v.derefs; k++)
    {
      auto_bitmap next (&g.pts_obstack);
      unsigned o;
      bitmap_iterator bi;
      EXECUTE_IF_SET_IN_BITMAP (cur, 0, o, bi)
	bitmap_ior_into (next, g.locs[o].pts);
      bitmap_copy (cur, next);
    }
  return bitmap_ior_into (to, cur);
}

static bool
flow_edge (escape_graph &g, unsigned dst, const esc_edge &e)
{
  esc_val v = { e.src, e.derefs, false };
  return add_pointees (g, v, g.locs[dst].pts);
}

/* Give each new target of store S an edge from its store node.  */
static bool
resolve_store (escape_graph &g, esc_store &s)
{
  auto_bitmap fresh (&g.pts_obstack);
  if (!bitmap_and_compl (fresh, g.locs[s.base].pts, s.resolved))
    return false;
  bitmap_ior_into (s.resolved, fresh);
  const esc_loc &t = g.locs[s.temp];
  gimple *stmt = t.in.is_empty () ? NULL : t.in[0].stmt;
  unsigned o;
  bitmap_iterator bi;
  EXECUTE_IF_SET_IN_BITMAP (fresh, 0, o, bi)
    {
      g.add_edge (o, s.temp, 0, stmt, ER_STORE);
      if (o == HEAP_LOC && !t.in.is_empty ())
	g.writes_foreign = true;
    }
  return true;
}

/* Unknown code may write into every object reachable from a clobbered location.  */
static void
apply_clobbers (escape_graph &g, bitmap changed)
{
  auto_bitmap seen (&g.pts_obstack);
  auto_vec<unsigned> work;
  for (unsigned c : g.clobbers)
    work.safe_push (c);
  while (!work.is_empty ())
    {
      unsigned l = work.pop ();
      unsigned o;
      bitmap_iterator bi;
      EXECUTE_IF_SET_IN_BITMAP (g.locs[l].pts, 0, o, bi)
	if (o != HEAP_LOC && bitmap_set_bit (seen, o))
	  {
	    if (bitmap_set_bit (g.locs[o].pts, HEAP_LOC))
	      bitmap_set_bit (changed, o);
	    work.safe_push (o);
	  }
	else if (o == HEAP_LOC)
	  g.writes_foreign = true;
    }
}

/* Whether edge E must be evaluated again: its source, or for a dereference one of
   the objects its source points to, changed in the last sweep.  */
static bool
edge_stale_p (escape_graph &g, const esc_edge &e, bitmap changed)
{
  if (bitmap_bit_p (changed, e.src))
    return true;
  if (e.derefs <= 0)
    return false;
  return e.derefs > 1 || bitmap_intersect_p (g.locs[e.src].pts, changed);
}

/* The inclusion analysis, by sweeps over the edges until nothing changes; each
   sweep evaluates only the edges whose inputs the previous sweep changed.  */
static void
points_to (escape_graph &g)
{
  auto_bitmap changed (&g.pts_obstack), next (&g.pts_obstack);
  bitmap_set_range (changed, 0, g.locs.length ());
  while (!bitmap_empty_p (changed))
    {
      bitmap_clear (next);
      for (unsigned l = 0; l < g.locs.length (); l++)
	if (l != HEAP_LOC && l != FREE_LOC)
	  for (unsigned i = 0; i < g.locs[l].in.length (); i++)
	    if (edge_stale_p (g, g.locs[l].in[i], changed)
		&& flow_edge (g, l, g.locs[l].in[i]))
	      bitmap_set_bit (next, l);
      for (esc_store &s : g.stores)
	if (bitmap_bit_p (changed, s.base) && resolve_store (g, s))
	  bitmap_set_bit (next, s.temp);
      apply_clobbers (g, next);
      bitmap_copy (changed, next);
    }
}

/* Go's walkOne: the minimum derefs from every location to root R.  */
static void
walk (escape_graph &g, root r)
{
  unsigned start = root_loc (r);
  bool typed = r == ROOT_TYPED_HEAP || r == ROOT_TYPED_RESULT;
  for (esc_loc &l : g.locs)
    l.dist[r] = NOT_REACHED;
  g.locs[start].dist[r] = 0;
  auto_vec<unsigned> queue;
  auto_bitmap queued (&g.pts_obstack);
  queue.safe_push (start);
  for (unsigned head = 0; head < queue.length (); head++)
    {
      unsigned l = queue[head];
      bitmap_clear_bit (queued, l);
      if (l == HEAP_LOC && start != HEAP_LOC)
	continue;
      /* An object returned by address escapes; what flows into it then flows to
	 {heap}, not to the result (Go's walkOne does the same).  */
      if (start == RESULT_LOC && g.locs[l].dist[r] < 0 && object_p (g.locs[l]))
	continue;
      int base = MAX (g.locs[l].dist[r], 0);
      for (unsigned i = 0; i < g.locs[l].in.length (); i++)
	{
	  const esc_edge &e = g.locs[l].in[i];
	  int d = MIN (base + e.derefs, NOT_REACHED - 1);
	  esc_loc &src = g.locs[e.src];
	  if (e.src == start || d >= src.dist[r] || (typed && e.opaque))
	    continue;
	  src.dist[r] = d;
	  src.via[r].dst = l;
	  src.via[r].edge = i;
	  if (bitmap_set_bit (queued, e.src))
	    queue.safe_push (e.src);
	}
    }
}

/* Everything escapes: the function does something the graph cannot follow.  */
static void
apply_give_up (escape_graph &g)
{
  g.writes_foreign = true;
  for (unsigned l = 0; l < g.locs.length (); l++)
    {
      const esc_loc &loc = g.locs[l];
      if (loc.kind == LK_PARAM
	  || (loc.kind == LK_DECL && !TREE_ADDRESSABLE (loc.var)))
	g.add_edge (HEAP_LOC, l, 0, g.gave_up_stmt, ER_CONSERVATIVE);
      else if (object_p (loc))
	g.add_edge (HEAP_LOC, l, -1, g.gave_up_stmt, ER_CONSERVATIVE);
    }
}

void
solve_graph (escape_graph &g)
{
  if (g.gave_up)
    apply_give_up (g);
  for (esc_loc &l : g.locs)
    if (l.kind == LK_PARAM)
      bitmap_set_bit (l.pts, HEAP_LOC);
  for (bool changed = true; changed;)
    {
      points_to (g);
      walk (g, ROOT_RESULT);
      for (unsigned l = 0; l < g.locs.length (); l++)
	if (object_p (g.locs[l]) && g.locs[l].dist[ROOT_RESULT] < 0
	    && !g.locs[l].returned)
	  {
	    g.locs[l].returned = true;
	    g.add_edge (HEAP_LOC, l, -1, NULL, ER_RETURNED);
	  }
      walk (g, ROOT_HEAP);
      changed = false;
      for (esc_loc &l : g.locs)
	if (object_p (l) && l.dist[ROOT_HEAP] < 0 && !l.escaped)
	  {
	    l.escaped = true;
	    bitmap_set_bit (l.pts, HEAP_LOC);
	    changed = true;
	  }
    }
  walk (g, ROOT_FREE);
  walk (g, ROOT_TYPED_HEAP);
  walk (g, ROOT_TYPED_RESULT);
}
