/* Stores through parameters.  A function that stores a value into its caller's
   memory, through a pointer it was given, sends that value to {heap}: the
   function cannot say what the memory is.  Its caller can.  An initializer
   storing its arguments into the struct it is given (sift_ctx_init (&sctx,
   states, ...): sctx->sifted_states = states) would otherwise make every block
   it receives escape, although the struct is a local of the caller.

   So a store into a known part of what a parameter's incoming value points to
   (p->f = v, *p = v) goes to a store node of that parameter and part
   (param_store_node), which flows to {heap} by an edge marked INTO_CALLER: in
   the function itself, everything stored there escapes as before, and the -m
   notes say so.  The summary says more (summarize_stores): a parameter that
   reaches {heap} only through store nodes does not leak to {heap}; instead it
   lists, per store node it reaches, "stored with D dereferences into PART of
   what parameter J points to" (at most MAX_STORED_LEAKS, merged into the heap
   level past that).  The distance to {heap} is walked again without the
   INTO_CALLER edges, starting also from every object that escapes: an object
   of the function stored into its caller's memory escapes, and so does what it
   holds.  The value of a part of what a parameter points to, stored back into
   that part (old = m->log; m->log = path; ...; m->log = old), puts nothing
   new into the caller's memory: that store is not a leak.  Values of other
   kinds keep their leaks through store nodes (a part stored into another
   part leaks to {heap}), and so does a parameter stored into what it
   points to itself (a dynarray's init: list->array = list->scratch): replayed,
   the caller's object would point to itself, and a copy into it through that
   pointer, written anywhere in the object, would reach every field (gnulib
   regex's set_regs then took the matches it copies as freed).  A call replays each listed store
   (replay_stores): the argument's values, dereferenced D times, are stored
   into PART of what argument J points to, which the caller resolves like any
   store of its own: into its local struct, or to {heap}, or, where argument J
   is one of the caller's own parameters, into its store node, so that a chain
   of initializers (init calling init_common) reaches the first caller.

   What the function loads back from that part reads the parameter's part node
   (parts.cc), whose leak the summary lists as for any part: the caller loads
   the part after replaying the store, so the composition holds what the
   function did.  A summary used without its parameters' positions (a callback
   given to qsort, an IPA clone with other parameters) folds the stores into
   the heap level (fold_stores).  */

#include "gimple/escape.h"

/* Store nodes a function may have; stores into further parts go to {heap}.  */
static const unsigned MAX_PARAM_STORES = 16;

/* The store node of PART of what parameter PARAM points to, made on first
   use; 0 once the function has MAX_PARAM_STORES.  */
static unsigned
store_node (escape_graph &g, unsigned param, esc_range part)
{
  for (const param_store &ps : g.param_stores)
    if (ps.param == param && ps.part.off == part.off && ps.part.size == part.size)
      return ps.loc;
  if (g.param_stores.length () == MAX_PARAM_STORES)
    return 0;
  param_store ps = { param, part, g.new_loc (LK_TEMP) };
  g.param_stores.safe_push (ps);
  g.add_edge (HEAP_LOC, ps.loc, 0, NULL, ER_STORE);
  g.locs[HEAP_LOC].in.last ().into_caller = true;
  g.writes_foreign = true;
  return ps.loc;
}

/* The store node receiving what LHS, a store into a known part of what a
   parameter points to, stores; 0 if LHS is not such a store.  */
unsigned
param_store_node (escape_graph &g, tree lhs)
{
  unsigned param;
  esc_range part;
  return param_part_of (g, lhs, &param, &part) ? store_node (g, param, part) : 0;
}

/* Add to LEAK that the parameter is stored, with DEREFS dereferences, into
   PART of what parameter INTO points to.  */
static void
add_stored_leak (param_leak &leak, unsigned into, esc_range part, int derefs)
{
  for (unsigned i = 0; i < leak.nstored; i++)
    if (leak.stored[i].into == into && leak.stored[i].part.off == part.off
	&& leak.stored[i].part.size == part.size)
      {
	leak.stored[i].derefs = MIN (leak.stored[i].derefs, derefs);
	return;
      }
  if (leak.nstored < MAX_STORED_LEAKS)
    {
      stored_leak s = { into, part, derefs };
      leak.stored[leak.nstored++] = s;
      return;
    }
  leak.to.heap = MIN (leak.to.heap, derefs);
}

/* Whether store node PS is where part node PP's value came from: the same part
   of what the same parameter points to.  */
static bool
own_place_p (const param_store &ps, const param_part &pp)
{
  return ps.param == pp.param && ps.part.off == pp.part.off && ps.part.size == pp.part.size;
}

void
summarize_stores (escape_graph &g, vec<param_leak> &params, vec<int> &part_heap)
{
  for (const param_part &pp : g.param_parts)
    part_heap.safe_push (g.locs[pp.loc].dist[ROOT_HEAP]);
  if (g.param_stores.is_empty ())
    return;
  auto_vec<int> dist;
  walk_heap_not_into_caller (g, dist);
  for (unsigned i = 0; i < params.length (); i++)
    if (unsigned p = g.params[i])
      params[i].to.heap = dist[p] == NOT_REACHED ? NOT_REACHED : MAX (dist[p], 0);
  for (unsigned k = 0; k < g.param_parts.length (); k++)
    part_heap[k] = dist[g.param_parts[k].loc];
  for (const param_store &ps : g.param_stores)
    {
      walk_to_caller_store (g, ps.loc, dist);
      for (unsigned k = 0; k < g.param_parts.length (); k++)
	{
	  int d = dist[g.param_parts[k].loc];
	  if (d < part_heap[k] && !(d == 0 && own_place_p (ps, g.param_parts[k])))
	    part_heap[k] = d;
	}
      for (unsigned i = 0; i < params.length (); i++)
	if (unsigned p = g.params[i])
	  if (dist[p] != NOT_REACHED && dist[p] < params[i].to.heap)
	    {
	      if (ps.param == i)
		params[i].to.heap = MAX (dist[p], 0);
	      else
		add_stored_leak (params[i], ps.param, ps.part, MAX (dist[p], 0));
	    }
    }
}

void
replay_stores (escape_graph &g, gcall *call, const val_list &v, const param_leak &leak)
{
  for (unsigned i = 0; i < leak.nstored; i++)
    {
      const stored_leak &s = leak.stored[i];
      val_list vals, ptrs;
      for (const esc_val &x : v)
	push_val (vals, x.loc, x.derefs + s.derefs);
      if (s.into >= gimple_call_num_args (call))
	{
	  flow_values (g, HEAP_LOC, vals, call, ER_CALL_ARG);
	  continue;
	}
      tree into = gimple_call_arg (call, s.into);
      esc_range part = s.part;
      unsigned param;
      if (param_pointer_part (g, into, &part, &param))
	if (unsigned node = store_node (g, param, part))
	  {
	    flow_values (g, node, vals, call, ER_CALL_ARG);
	    continue;
	  }
      value_of (g, into, ptrs);
      store_through (g, ptrs, vals, call, ER_CALL_ARG, part_through (g, into, s.part));
    }
}

void
fold_stores (param_leak &leak)
{
  for (unsigned i = 0; i < leak.nstored; i++)
    leak.to.heap = MIN (leak.to.heap, leak.stored[i].derefs);
  leak.nstored = 0;
  memset (leak.stored, 0, sizeof leak.stored);
}
