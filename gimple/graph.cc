/* The escape graph of one function: locations, edges, store nodes.  Locations are
   created on first use and live in one vector, addressed by index; SSA names are
   found through a table indexed by version, declarations through a hash map.  */

#include "gimple/escape.h"

escape_graph::escape_graph (function *f)
  : fn (f), gave_up (NULL), gave_up_stmt (NULL), writes_foreign (false),
    frees_unguarded (false), recursion (NULL), landing (), frame_used (0), stmt (NULL)
{
  bitmap_obstack_initialize (&pts_obstack);
  locs.create (64);
  stores.create (0);
  reads.create (0);
  loads.create (0);
  part_nodes.create (0);
  param_reads.create (0);
  param_parts.create (0);
  param_stores.create (0);
  clobbers.create (0);
  heap_writes.create (0);
  params.create (0);
  allocs.create (0);
  ssa_locs.create (0);
  ssa_locs.safe_grow_cleared (num_ssa_names);
  frees.create (0);
  callee_frees.create (0);
  new_loc (LK_HEAP);
  new_loc (LK_RESULT);
  new_loc (LK_FREE);
  new_loc (LK_TEMP);
  new_loc (LK_ANY);
  new_loc (LK_BYTES);
  bitmap_set_bit (locs[HEAP_LOC].pts, HEAP_LOC);
  addressed = BITMAP_ALLOC (&pts_obstack);
  all_contents = BITMAP_ALLOC (&pts_obstack);
  merged_targets = BITMAP_ALLOC (&pts_obstack);
  bitmap_set_bit (all_contents, HEAP_LOC);
}

escape_graph::~escape_graph ()
{
  for (esc_loc &l : locs)
    l.in.release ();
  locs.release ();
  stores.release ();
  reads.release ();
  loads.release ();
  part_nodes.release ();
  param_reads.release ();
  param_parts.release ();
  param_stores.release ();
  clobbers.release ();
  heap_writes.release ();
  params.release ();
  allocs.release ();
  ssa_locs.release ();
  frees.release ();
  callee_frees.release ();
  bitmap_obstack_release (&pts_obstack);
}

unsigned
escape_graph::new_loc (loc_kind kind, tree var, gcall *call)
{
  esc_loc l;
  memset (&l, 0, sizeof l);
  l.kind = kind;
  l.var = var;
  l.call = call;
  l.in = vNULL;
  l.pts = BITMAP_ALLOC (&pts_obstack);
  for (int r = 0; r < N_ROOTS; r++)
    l.dist[r] = NOT_REACHED;
  locs.safe_push (l);
  return locs.length () - 1;
}

/* The location of SSA name NAME.  A parameter's default definition is the value the
   parameter arrives with; the default definition of a result returned by reference
   is the address of the result.  */
unsigned
escape_graph::ssa_loc (tree name)
{
  unsigned v = SSA_NAME_VERSION (name);
  if (v >= ssa_locs.length ())
    ssa_locs.safe_grow_cleared (v + 1);
  if (ssa_locs[v])
    return ssa_locs[v];
  tree var = SSA_NAME_VAR (name);
  unsigned l;
  if (SSA_NAME_IS_DEFAULT_DEF (name) && var && TREE_CODE (var) == PARM_DECL)
    l = new_loc (LK_PARAM, var);
  else
    {
      l = new_loc (LK_SSA, name);
      if (SSA_NAME_IS_DEFAULT_DEF (name) && var && TREE_CODE (var) == RESULT_DECL)
	add_edge (l, RESULT_LOC, -1, NULL, ER_ASSIGN);
    }
  ssa_locs[v] = l;
  return l;
}

/* The location of local memory declaration DECL; the result declaration is the
   result itself.  */
unsigned
escape_graph::decl_loc (tree decl)
{
  if (TREE_CODE (decl) == RESULT_DECL)
    return RESULT_LOC;
  if (unsigned *l = decl_locs.get (decl))
    return *l;
  unsigned l = new_loc (LK_DECL, decl);
  decl_locs.put (decl, l);
  return l;
}

void
escape_graph::add_edge (unsigned dst, unsigned src, int derefs, gimple *stmt,
			edge_reason why, bool opaque, esc_range part, bool whole_copy)
{
  if (dst == src && derefs == 0)
    return;
  esc_edge e = { src, derefs, stmt, part, why, opaque, whole_copy };
  locs[dst].in.safe_push (e);
}

void
escape_graph::add_store (unsigned temp, unsigned base, esc_range part)
{
  esc_store s = { temp, base, BITMAP_ALLOC (&pts_obstack), part, false };
  stores.safe_push (s);
}

/* Analyse this function as "everything escapes": STMT does something we cannot
   follow.  The solver then sends every location to {heap}.  */
void
escape_graph::give_up (gimple *stmt, const char *why)
{
  if (!gave_up)
    {
      gave_up = why;
      gave_up_stmt = stmt;
    }
}
