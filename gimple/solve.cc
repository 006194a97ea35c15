/* The solver.  Two steps repeat until the set of escaping objects stops growing:

   1. Points-to (points_to): an inclusion analysis over the graph's edges.  pts(dst)
      takes src itself for an address edge, pts(src) for a copy, and the contents of
      the objects in pts(src) for each dereference.  Store nodes are resolved as
      their bases' points-to sets grow: each target object gets an edge from the
      store node, and a base that may point outside the frame sends the stored
      values to {heap}.  Parameters, {heap} and escaped objects point to {heap}.
      Loads of parts of objects are resolved likewise (parts.cc).
      A set that outgrows LARGE_PTS collapses to {any} (and {heap}): dereferenced,
      it gives the union of every addressed location's contents; stored through,
      it reaches each of them once, through the merged store node.

   2. Walks (walk): Go's walkOne, from the result and then from {heap}: a
      label-correcting search over reversed edges for the minimum dereference count
      with which each location reaches the root, lower-bounded at 0 before each step
      so that an object whose address reaches the root passes on its contents as
      values.  The free and {bytes} sinks are walked last: what reaches them may be
      freed, or copied out of the graph's sight.
      {heap} is a sink: the walk from the result does not pass through
      it, and nothing flows into its points-to set (escaped objects stand for what
      it holds).  Objects whose address reaches the result are returned: they get an
      edge to {heap}, so they escape too.  */

#include "gimple/escape.h"

/* A points-to set that would hold more than this many locations collapses to
   {ANY_LOC} (plus {heap} if it held it): every set stays this small, so the
   analysis costs time and memory linear in the function's size even where
   field-insensitive points-to sets would grow with it.  */
static const unsigned LARGE_PTS = 32;

/* Add BITS to points-to set SET, collapsing it past LARGE_PTS, and put what SET
   gained in FRESH; return true if it grew.  */
static bool
pts_add (bitmap set, bitmap bits, bitmap fresh)
{
  if (!bitmap_and_compl (fresh, bits, set))
    return false;
  if (!bitmap_bit_p (set, ANY_LOC) && !bitmap_bit_p (fresh, ANY_LOC)
      && bitmap_count_bits (set) + bitmap_count_bits (fresh) <= LARGE_PTS)
    {
      bitmap_ior_into (set, fresh);
      return true;
    }
  bool heap = bitmap_bit_p (fresh, HEAP_LOC);
  bitmap_clear (fresh);
  if (heap)
    bitmap_set_bit (fresh, HEAP_LOC);
  if (!bitmap_bit_p (set, ANY_LOC))
    bitmap_set_bit (fresh, ANY_LOC);
  if (bitmap_empty_p (fresh))
    return false;
  heap |= bitmap_bit_p (set, HEAP_LOC);
  bitmap_clear (set);
  bitmap_set_bit (set, ANY_LOC);
  if (heap)
    bitmap_set_bit (set, HEAP_LOC);
  return true;
}

/* Add to TO the locations value V may point to.  Every dereference of a set
   holding ANY_LOC gives all_contents: it holds the contents of every location
   whose address is taken, and so of everything in itself.  */
bool
add_pointees (escape_graph &g, const esc_val &v, bitmap to)
{
  if (v.derefs < 0)
    return bitmap_set_bit (to, v.loc);
  if (v.derefs == 0)
    return bitmap_ior_into (to, g.locs[v.loc].pts);
  auto_bitmap cur (&g.pts_obstack);
  bitmap_copy (cur, g.locs[v.loc].pts);
  for (int k = 0; k < v.derefs && !bitmap_bit_p (cur, ANY_LOC); k++)
    {
      auto_bitmap next (&g.pts_obstack);
      unsigned o;
      bitmap_iterator bi;
      EXECUTE_IF_SET_IN_BITMAP (cur, 0, o, bi)
	bitmap_ior_into (next, g.locs[o].pts);
      bitmap_copy (cur, next);
    }
  if (bitmap_bit_p (cur, ANY_LOC))
    bitmap_copy (cur, g.all_contents);
  return bitmap_ior_into (to, cur);
}

/* Whether points-to set PTS may hold location O.  */
bool
may_point_to (const escape_graph &g, bitmap pts, unsigned o)
{
  return bitmap_bit_p (pts, o)
	 || (bitmap_bit_p (pts, ANY_LOC) && bitmap_bit_p (g.addressed, o));
}

/* Push onto WORK the locations in points-to set PTS, those ANY_LOC stands for
   only if *ANY_PUSHED is still false.  */
void
push_pointees (const escape_graph &g, bitmap pts, vec<unsigned> &work, bool *any_pushed)
{
  unsigned o;
  bitmap_iterator bi;
  EXECUTE_IF_SET_IN_BITMAP (pts, 0, o, bi)
    if (o != ANY_LOC)
      work.safe_push (o);
  if (bitmap_bit_p (pts, ANY_LOC) && !*any_pushed)
    {
      *any_pushed = true;
      EXECUTE_IF_SET_IN_BITMAP (g.addressed, 0, o, bi)
	work.safe_push (o);
    }
}

/* The locations whose address some edge takes: what ANY_LOC stands for.  */
static void
collect_addressed (escape_graph &g)
{
  bitmap_clear (g.addressed);
  for (const esc_loc &l : g.locs)
    for (const esc_edge &e : l.in)
      if (e.derefs < 0)
	bitmap_set_bit (g.addressed, e.src);
}

/* The state of the inclusion analysis between sweeps: what each location's
   points-to set gained in the last sweep (difference propagation: a copy edge
   passes on only what its source gained).  */
struct sweep_state
{
  escape_graph &g;
  bool first;			/* Sources pass on their whole sets.  */
  vec<bitmap> delta;		/* Gained in the last sweep; NULL if nothing.  */
  vec<bitmap> gained;		/* Gained in this sweep.  */
  bitmap changed;		/* Locations with a delta.  */
  bitmap contents_delta;	/* What all_contents gained before this sweep.  */

  explicit sweep_state (escape_graph &graph);
  ~sweep_state ();
  bool add (unsigned dst, bitmap bits);
  void fit ();
  void next_sweep ();
  bool changed_p (unsigned l) const { return first || delta[l]; }
};

sweep_state::sweep_state (escape_graph &graph)
  : g (graph), first (true), delta (vNULL), gained (vNULL)
{
  delta.safe_grow_cleared (g.locs.length ());
  gained.safe_grow_cleared (g.locs.length ());
  changed = BITMAP_ALLOC (&g.pts_obstack);
  bitmap_set_range (changed, 0, g.locs.length ());
  contents_delta = BITMAP_ALLOC (&g.pts_obstack);
}

sweep_state::~sweep_state ()
{
  for (unsigned l = 0; l < delta.length (); l++)
    {
      BITMAP_FREE (delta[l]);
      BITMAP_FREE (gained[l]);
    }
  delta.release ();
  gained.release ();
  BITMAP_FREE (changed);
  BITMAP_FREE (contents_delta);
}

/* Add BITS to the points-to set of DST; return true if it grew.  */
bool
sweep_state::add (unsigned dst, bitmap bits)
{
  auto_bitmap fresh (&g.pts_obstack);
  if (!pts_add (g.locs[dst].pts, bits, fresh))
    return false;
  if (!gained[dst])
    gained[dst] = BITMAP_ALLOC (&g.pts_obstack);
  bitmap_ior_into (gained[dst], fresh);
  return true;
}

/* Make room for the locations made since the analysis started.  */
void
sweep_state::fit ()
{
  delta.safe_grow_cleared (g.locs.length ());
  gained.safe_grow_cleared (g.locs.length ());
}

void
sweep_state::next_sweep ()
{
  first = false;
  bitmap_clear (changed);
  for (unsigned l = 0; l < delta.length (); l++)
    {
      BITMAP_FREE (delta[l]);
      delta[l] = gained[l];
      gained[l] = NULL;
      if (delta[l])
	bitmap_set_bit (changed, l);
    }
}

static void
flow_edge (sweep_state &sw, unsigned dst, const esc_edge &e)
{
  if (e.derefs == 0)
    {
      bitmap from = sw.first ? sw.g.locs[e.src].pts : sw.delta[e.src];
      if (from)
	sw.add (dst, from);
      return;
    }
  /* A dereference of a collapsed set that was collapsed before (its source did
     not change) has already passed on all_contents up to its last gain.  */
  if (e.derefs > 0 && !sw.first && !sw.delta[e.src]
      && bitmap_bit_p (sw.g.locs[e.src].pts, ANY_LOC))
    {
      sw.add (dst, sw.contents_delta);
      return;
    }
  auto_bitmap bits (&sw.g.pts_obstack);
  esc_val v = { e.src, e.derefs, false };
  add_pointees (sw.g, v, bits);
  sw.add (dst, bits);
}

/* Give each new target of store S an edge from the node that holds what S
   stores, and the values that node holds so far.  */
static void
resolve_store (sweep_state &sw, esc_store &s)
{
  escape_graph &g = sw.g;
  bitmap base = sw.first ? g.locs[s.base].pts : sw.delta[s.base];
  auto_bitmap fresh (&g.pts_obstack);
  if (!base || !bitmap_and_compl (fresh, base, s.resolved))
    return;
  bitmap_ior_into (s.resolved, fresh);
  bool any = bitmap_clear_bit (fresh, ANY_LOC);
  const esc_loc &t = g.locs[s.temp];
  gimple *stmt = t.in.is_empty () ? NULL : t.in[0].stmt;
  unsigned from = s.temp;
  if (s.merged || any)
    {
      if (!s.merged)
	{
	  s.merged = true;
	  g.add_edge (MERGED_STORES_LOC, s.temp, 0, stmt, ER_STORE);
	  sw.add (MERGED_STORES_LOC, g.locs[s.temp].pts);
	}
      from = MERGED_STORES_LOC;
      /* ANY_LOC in merged_targets: it flows into every addressed location.  */
      if (any && bitmap_set_bit (g.merged_targets, ANY_LOC))
	bitmap_ior_into (fresh, g.addressed);
      bitmap_and_compl_into (fresh, g.merged_targets);
      bitmap_ior_into (g.merged_targets, fresh);
    }
  unsigned o;
  bitmap_iterator bi;
  esc_range part = from == s.temp ? s.part : WHOLE_OBJECT;
  auto_vec<unsigned> touched;
  EXECUTE_IF_SET_IN_BITMAP (fresh, 0, o, bi)
    {
      g.add_edge (o, from, 0, stmt, ER_STORE, false, part);
      if (o == HEAP_LOC)
	g.writes_foreign |= !g.locs[from].in.is_empty ();
      else
	{
	  touched.safe_push (o);
	  write_part_nodes (g, o, g.locs[o].in.last (), touched);
	}
    }
  for (unsigned l : touched)
    sw.add (l, g.locs[from].pts);
}

/* Give the loads of parts the edges they now need (parts.cc), and their
   destinations what those edges bring.  */
static void
resolve_part_loads (sweep_state &sw)
{
  escape_graph &g = sw.g;
  auto_vec<new_edges> added;
  resolve_loads (g, added);
  sw.fit ();
  for (const new_edges &n : added)
    for (unsigned i = n.first; i < g.locs[n.loc].in.length (); i++)
      {
	const esc_edge &e = g.locs[n.loc].in[i];
	auto_bitmap bits (&g.pts_obstack);
	esc_val v = { e.src, e.derefs, false };
	add_pointees (g, v, bits);
	sw.add (n.loc, bits);
      }
}

/* Code the graph does not follow may write into every object reachable from
   the locations FROM: set FLAG of each and give it {heap}.  */
static void
mark_written (sweep_state &sw, const vec<unsigned> &from, bool esc_loc::*flag)
{
  escape_graph &g = sw.g;
  auto_bitmap seen (&g.pts_obstack), heap (&g.pts_obstack);
  bitmap_set_bit (heap, HEAP_LOC);
  auto_vec<unsigned> work, pointees;
  bool any_pushed = false;
  for (unsigned c : from)
    work.safe_push (c);
  while (!work.is_empty ())
    {
      push_pointees (g, g.locs[work.pop ()].pts, pointees, &any_pushed);
      for (unsigned o : pointees)
	if (o == HEAP_LOC)
	  g.writes_foreign = true;
	else if (bitmap_set_bit (seen, o))
	  {
	    g.locs[o].*flag = true;
	    sw.add (o, heap);
	    work.safe_push (o);
	  }
      pointees.truncate (0);
    }
}

/* Unknown code may write into every object reachable from a clobbered
   location; functions of this unit into every object reachable from what they
   are given to write through.  */
static void
apply_clobbers (sweep_state &sw)
{
  mark_written (sw, sw.g.clobbers, &esc_loc::clobbered);
  mark_written (sw, sw.g.heap_writes, &esc_loc::heap_written);
}

/* Whether edge E must be evaluated again: its source, or for a dereference one of
   the objects its source points to, changed in the last sweep.  */
static bool
edge_stale_p (const sweep_state &sw, const esc_edge &e, bool contents_grew)
{
  if (sw.changed_p (e.src))
    return true;
  if (e.derefs <= 0)
    return false;
  bitmap pts = sw.g.locs[e.src].pts;
  if (bitmap_bit_p (pts, ANY_LOC))
    return contents_grew;
  if (e.derefs > 1)
    return true;
  unsigned o;
  bitmap_iterator bi;
  EXECUTE_IF_SET_IN_BITMAP (pts, 0, o, bi)
    if (sw.changed_p (o))
      return true;
  return false;
}

/* Fold the points-to sets of the addressed locations that changed into
   all_contents, keeping what it gains in contents_delta; return true if it grew.  */
static bool
update_all_contents (sweep_state &sw)
{
  escape_graph &g = sw.g;
  bitmap_clear (sw.contents_delta);
  auto_bitmap sources (&g.pts_obstack), fresh (&g.pts_obstack);
  bitmap_and (sources, sw.changed, g.addressed);
  unsigned o;
  bitmap_iterator bi;
  EXECUTE_IF_SET_IN_BITMAP (sources, 0, o, bi)
    if (pts_add (g.all_contents, g.locs[o].pts, fresh))
      bitmap_ior_into (sw.contents_delta, fresh);
  return !bitmap_empty_p (sw.contents_delta);
}

/* The inclusion analysis, by sweeps over the edges until nothing changes; each
   sweep evaluates only the edges whose inputs the previous sweep changed, and a
   copy passes on only what its source gained.  */
static void
points_to (escape_graph &g)
{
  sweep_state sw (g);
  for (; !bitmap_empty_p (sw.changed); sw.next_sweep ())
    {
      bool contents_grew = update_all_contents (sw);
      for (unsigned l = 0; l < g.locs.length (); l++)
	if (!sink_p (l))
	  for (unsigned i = 0; i < g.locs[l].in.length (); i++)
	    if (edge_stale_p (sw, g.locs[l].in[i], contents_grew))
	      flow_edge (sw, l, g.locs[l].in[i]);
      for (esc_store &s : g.stores)
	resolve_store (sw, s);
      apply_clobbers (sw);
      resolve_part_loads (sw);
    }
}

/* How to walk: from START; skipping the edges of a typed integer load if
   TYPED; going on from an object whose address reaches START if
   THROUGH_OBJECTS; not along an edge from a parameter's store node into
   {heap} if NOT_INTO_CALLER.  */
struct walk_spec
{
  unsigned start;
  bool typed;
  bool through_objects;
  bool not_into_caller;
};

/* Go's walkOne: the minimum derefs from every location to W.START, into DIST;
   SEEDS (objects) start with their address there.  If R is a root, the steps
   of its shortest paths go into each location's VIA and FIRST for R.  A walk
   from anywhere but {heap} does not go on through {heap}.  */
static void
walk_from (escape_graph &g, const walk_spec &w, const vec<unsigned> &seeds,
	   vec<int> &dist, root r)
{
  dist.truncate (0);
  dist.safe_grow (g.locs.length ());
  for (int &d : dist)
    d = NOT_REACHED;
  auto_vec<unsigned> queue;
  auto_sbitmap queued (g.locs.length ());
  bitmap_clear (queued);
  dist[w.start] = 0;
  queue.safe_push (w.start);
  for (unsigned o : seeds)
    {
      dist[o] = -1;
      bitmap_set_bit (queued, o);
      queue.safe_push (o);
    }
  for (unsigned head = 0; head < queue.length (); head++)
    {
      unsigned l = queue[head];
      bitmap_clear_bit (queued, l);
      if (l == HEAP_LOC && w.start != HEAP_LOC)
	continue;
      if (!w.through_objects && dist[l] < 0 && object_p (g.locs[l]))
	continue;
      int base = MAX (dist[l], 0);
      for (unsigned i = 0; i < g.locs[l].in.length (); i++)
	{
	  const esc_edge &e = g.locs[l].in[i];
	  int d = MIN (base + e.derefs, NOT_REACHED - 1);
	  if (e.src == w.start || d >= dist[e.src] || (w.typed && e.opaque)
	      || (w.not_into_caller && e.into_caller))
	    continue;
	  if (r != N_ROOTS)
	    {
	      esc_via step = { l, i, dist[l] < 0 };
	      if (dist[e.src] == NOT_REACHED)
		g.locs[e.src].first[r] = step;
	      g.locs[e.src].via[r][d < 0] = step;
	    }
	  dist[e.src] = d;
	  if (!bitmap_bit_p (queued, e.src))
	    {
	      bitmap_set_bit (queued, e.src);
	      queue.safe_push (e.src);
	    }
	}
    }
}

/* The minimum derefs from every location to root R.  An object returned by
   address escapes; what flows into it then flows to {heap}, not to the result
   (Go's walkOne does the same).  Freeing an object frees none of the objects
   it points to.  */
static void
walk (escape_graph &g, root r)
{
  unsigned start = root_loc (r);
  walk_spec w = { start, r == ROOT_TYPED_HEAP || r == ROOT_TYPED_RESULT,
		  start != RESULT_LOC && start != FREE_LOC, false };
  auto_vec<int> dist;
  walk_from (g, w, vNULL, dist, r);
  for (unsigned l = 0; l < g.locs.length (); l++)
    g.locs[l].dist[r] = dist[l];
}

void
walk_heap_not_into_caller (escape_graph &g, vec<int> &dist)
{
  auto_vec<unsigned> escaped;
  for (unsigned l = 0; l < g.locs.length (); l++)
    if (object_p (g.locs[l]) && g.locs[l].dist[ROOT_HEAP] < 0)
      escaped.safe_push (l);
  walk_spec w = { HEAP_LOC, false, true, true };
  walk_from (g, w, escaped, dist, N_ROOTS);
}

void
walk_to_caller_store (escape_graph &g, unsigned store, vec<int> &dist)
{
  walk_spec w = { store, false, false, false };
  walk_from (g, w, vNULL, dist, N_ROOTS);
}

/* Everything escapes: the function does something the graph cannot follow.  */
static void
apply_give_up (escape_graph &g)
{
  g.writes_foreign = true;
  g.frees_unguarded = true;
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

/* A store through a pointer that points to nothing the graph knows was made from
   bits it did not follow (a pointer read from memory written as integers or
   bytes): it may point anywhere.  Return true if some base changed.  */
static bool
unknown_store_bases (escape_graph &g)
{
  bool changed = false;
  for (const esc_store &s : g.stores)
    if (bitmap_empty_p (g.locs[s.base].pts) && !g.locs[s.temp].in.is_empty ())
      changed |= bitmap_set_bit (g.locs[s.base].pts, HEAP_LOC);
  return changed;
}

void
solve_graph (escape_graph &g)
{
  if (g.gave_up)
    apply_give_up (g);
  collect_addressed (g);
  for (esc_loc &l : g.locs)
    if (l.kind == LK_PARAM)
      bitmap_set_bit (l.pts, HEAP_LOC);
  for (bool changed = true; changed;)
    {
      do
	points_to (g);
      while (unknown_store_bases (g));
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
  resolve_reads (g);
  walk (g, ROOT_BYTES);
  walk (g, ROOT_TYPED_HEAP);
  walk (g, ROOT_TYPED_RESULT);
}
