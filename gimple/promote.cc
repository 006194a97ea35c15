/* Stack promotion (-fplugin-arg-escape-promote): heap allocations whose block never
   escapes are served from the frame.

   Planning (plan_promotions) decides per allocation site, in statement order, and
   records why a site stays on the heap.  A site qualifies when it is a C library
   allocator (malloc, calloc, aligned_alloc, memalign, strdup, strndup) or a
   function the user declared one (-fplugin-arg-escape-allocator), its block does
   not escape, no callee may free it (the "freed" summaries: GCC's EAF flags do not see
   free), it cannot execute again while a block it allocated earlier is still live
   (no header PHI of an enclosing loop may hold its address, and inside a loop it is
   not stored in memory: Go's loop-depth rule), its address does not reach {bytes}
   (a copy the analysis cannot follow), and its size fits max-size and what is left
   of the frame budget.

   Rewriting (apply_promotions) gives each promoted block exactly the bytes the
   program asked for, aligned like malloc's blocks (16 bytes) or as aligned_alloc
   asked, so that object sizes, _FORTIFY_SOURCE and sanitizers see the bounds they
   saw on the heap (hardening.cc).  A zero size stays on the heap.
     constant size:  a local object of its own, declared at function scope:
		     p = &obj;  calloc adds memset, strdup/strndup copy the string.
		     One object per site, whatever the trip count: a site in a loop
		     reuses it, which is safe because the previous block is dead by then.
     variable size:  if (size == 0 || size > max-size) p1 = malloc (n);
		     else { p2 = alloca (n); last = p2; }  p = PHI <p1, p2>;
		     calloc keeps its overflow check on the heap path.  The stack
		     pointer is saved and restored around each loop that holds such a
		     site and around the function, as for a variable-length array, so a
		     site holds one block at a time; a function that already allocates
		     on the stack at run time keeps its variable sizes on the heap.
   Every free that may receive a promoted block is deleted when it can receive nothing
   else, and otherwise guarded: if (p != &obj) free (p), or p != last for a variable
   size.  Call-graph edges, SSA form and virtual operands are brought up to date
   afterwards.  */

#include "gimple/escape.h"
#include "plugin/options.h"
#include "tree-into-ssa.h"
#include "tree-cfg.h"
#include "cfgloop.h"
#include "gimple-fold.h"
#include "stor-layout.h"
#include "fold-const.h"

/* Alignment glibc's malloc guarantees, in bytes.  */
static const unsigned MALLOC_ALIGN = 16;

/* Largest alignment aligned_alloc may ask for and still be promoted.  */
static const unsigned MAX_PROMOTED_ALIGN = 4096;

/* Most promoted blocks one free may receive: each needs a guard before it.  */
static const unsigned MAX_FREE_GUARDS = 8;

/* Each loop around BB, innermost first; the root does not count.  */
#define FOR_EACH_LOOP_AROUND(LOOP, BB) \
  for (class loop *LOOP = (BB)->loop_father; loop_outer (LOOP); LOOP = loop_outer (LOOP))

static bool
promotable_kind_p (alloc_kind kind)
{
  return kind == AK_MALLOC || kind == AK_CALLOC || kind == AK_ALIGNED_ALLOC
	 || kind == AK_STRDUP || kind == AK_STRNDUP || kind == AK_ZALLOC;
}

/* The size in bytes CALL of KIND asks for, if it is a constant.  */
static bool
constant_size (const gcall *call, alloc_kind kind, unsigned HOST_WIDE_INT *size)
{
  switch (kind)
    {
    case AK_MALLOC:
    case AK_ZALLOC:
      return tree_fits_uhwi_p (gimple_call_arg (call, 0))
	     && (*size = tree_to_uhwi (gimple_call_arg (call, 0)), true);
    case AK_ALIGNED_ALLOC:
      return tree_fits_uhwi_p (gimple_call_arg (call, 1))
	     && (*size = tree_to_uhwi (gimple_call_arg (call, 1)), true);
    case AK_CALLOC:
      {
	tree n = gimple_call_arg (call, 0), s = gimple_call_arg (call, 1);
	if (!tree_fits_uhwi_p (n) || !tree_fits_uhwi_p (s))
	  return false;
	unsigned HOST_WIDE_INT a = tree_to_uhwi (n), b = tree_to_uhwi (s);
	if (b && a > HOST_WIDE_INT_M1U / b)
	  return false;
	*size = a * b;
	return true;
      }
    case AK_STRNDUP:
      return tree_fits_uhwi_p (gimple_call_arg (call, 1))
	     && tree_to_uhwi (gimple_call_arg (call, 1)) < HOST_WIDE_INT_M1U
	     && (*size = tree_to_uhwi (gimple_call_arg (call, 1)) + 1, true);
    default:
      return false;
    }
}

/* The alignment in bytes the block of CALL needs, or 0 if it is not a constant
   power of two we can give a local object.  */
static unsigned
required_alignment (const gcall *call, alloc_kind kind)
{
  if (kind != AK_ALIGNED_ALLOC)
    return MALLOC_ALIGN;
  tree a = gimple_call_arg (call, 0);
  if (!tree_fits_uhwi_p (a))
    return 0;
  unsigned HOST_WIDE_INT al = tree_to_uhwi (a);
  if (!pow2p_hwi (al) || al > MAX_PROMOTED_ALIGN)
    return 0;
  return MAX (al, (unsigned HOST_WIDE_INT) MALLOC_ALIGN);
}

/* Objects a callee may free: everything reachable from the arguments of calls whose
   summaries say they free them; UNGUARDED those some call may free without the
   guard runtime's check (guard.cc).  FIRST_CALL gets for each the first call
   that may free it unchecked, or else the first that may free it.  */
static void
objects_freed_by_callees (escape_graph &g, bitmap freed, bitmap unguarded,
			  hash_map<int_hash<unsigned, -1u, -2u>, gcall *> &first_call)
{
  for (const callee_free &c : g.callee_frees)
    {
      auto_bitmap reached (&g.pts_obstack), seen (&g.pts_obstack);
      add_pointees (g, c.val, reached);
      auto_vec<unsigned> work;
      bool any_pushed = false;
      push_pointees (g, reached, work, &any_pushed);
      while (!work.is_empty ())
	{
	  unsigned l = work.pop ();
	  if (l == HEAP_LOC || !bitmap_set_bit (seen, l))
	    continue;
	  if (bitmap_set_bit (freed, l)
	      || (!c.guarded && !bitmap_bit_p (unguarded, l)))
	    first_call.put (l, c.call);
	  if (!c.guarded)
	    bitmap_set_bit (unguarded, l);
	  push_pointees (g, g.locs[l].pts, work, &any_pushed);
	}
    }
}

/* The locations whose address sits in some object of G.  */
static void
pointers_in_memory (escape_graph &g, bitmap pointers)
{
  for (const esc_loc &l : g.locs)
    if (object_p (l))
      bitmap_ior_into (pointers, l.pts);
}

/* Most SSA names whose liveness is looked at for one site; past it, the site's
   block is taken as live when it runs again.  */
static const unsigned MAX_LIVENESS_NAMES = 64;

/* Whether a PHI at the header of a loop around BB may hold the address of A.  */
static bool
header_phi_may_hold_p (escape_graph &g, unsigned a, basic_block bb)
{
  FOR_EACH_LOOP_AROUND (loop, bb)
    for (gphi_iterator gsi = gsi_start_phis (loop->header); !gsi_end_p (gsi);
	 gsi_next (&gsi))
      {
	tree res = gimple_phi_result (gsi.phi ());
	unsigned v = SSA_NAME_VERSION (res);
	if (!virtual_operand_p (res) && v < g.ssa_locs.length () && g.ssa_locs[v]
	    && may_point_to (g, g.locs[g.ssa_locs[v]].pts, a))
	  return true;
      }
  return false;
}

/* Whether some SSA name that may hold the address of A is live just before
   STMT (liveness.cc).  */
static bool
pointer_live_before_p (escape_graph &g, unsigned a, gimple *stmt)
{
  unsigned looked = 0;
  for (unsigned v = 1; v < g.ssa_locs.length (); v++)
    {
      tree name = ssa_name (v);
      if (!g.ssa_locs[v] || !name || virtual_operand_p (name)
	  || !may_point_to (g, g.locs[g.ssa_locs[v]].pts, a))
	continue;
      if (++looked > MAX_LIVENESS_NAMES || ssa_live_before_p (name, stmt))
	return true;
    }
  return false;
}

/* Whether an edge with one of FLAGS enters the header of a loop around BB.  */
static bool
loop_header_entered_p (basic_block bb, int flags)
{
  FOR_EACH_LOOP_AROUND (loop, bb)
    {
      edge e;
      edge_iterator ei;
      FOR_EACH_EDGE (e, ei, loop->header->preds)
	if (e->flags & flags)
	  return true;
    }
  return false;
}

/* Whether BB lies on a cycle that the loop tree does not show: in an irreducible
   region (a loop entered in its middle), or in a loop inside one, which
   mark_irreducible_loops leaves unmarked but for the edges into it.  */
static bool
in_irreducible_region_p (basic_block bb)
{
  return (bb->flags & BB_IRREDUCIBLE_LOOP)
	 || loop_header_entered_p (bb, EDGE_IRREDUCIBLE_LOOP);
}

/* Whether the block of location A may still be live when its site runs again;
   IN_MEMORY holds what pointers_in_memory gives.  Outside memory, a block is
   reached only through SSA names, and one of them must be live when the site
   runs again.  Where no PHI at a loop header may hold it, none is: a value that
   goes round a loop goes through its header.  A cycle entered in its middle
   (goto into a loop, Duff's device) has no such header, and a header PHI may
   hold a block only on paths that do not reach the site again (allocated once
   in an inner loop, freed in the outer one): both ask the liveness itself.
   That is enough for a constant size, whose object is the same on every trip;
   a variable size asks more (plan_promotions): bracket_stack_regions gives its
   stack back on every back edge, so no header PHI may hold it.  */
static bool
live_across_iterations (escape_graph &g, unsigned a, bitmap in_memory)
{
  gimple *call = g.locs[a].call;
  basic_block bb = gimple_bb (call);
  bool irreducible = in_irreducible_region_p (bb);
  if (!irreducible && bb_loop_depth (bb) == 0)
    return false;
  if (may_point_to (g, in_memory, a))
    return true;
  if (!irreducible && !header_phi_may_hold_p (g, a, bb))
    return false;
  return pointer_live_before_p (g, a, call);
}

static unsigned HOST_WIDE_INT
round_to_align (unsigned HOST_WIDE_INT bytes)
{
  return (bytes + MALLOC_ALIGN - 1) & -(unsigned HOST_WIDE_INT) MALLOC_ALIGN;
}

/* The largest variable size moved to the stack: max-size, or less if the user
   limits variable-length arrays (-Wvla-larger-than), which these allocations
   become.  */
static unsigned HOST_WIDE_INT
variable_size_limit (void)
{
  unsigned HOST_WIDE_INT limit = escape_opts.max_size;
  if (warn_vla_limit >= 0 && (unsigned HOST_WIDE_INT) warn_vla_limit < limit)
    limit = warn_vla_limit;
  return limit;
}

/* The points-to set of the pointer free call F receives, or NULL if the graph
   has no location for it.  */
static bitmap
freed_pointees (escape_graph &g, gcall *f)
{
  tree arg = gimple_call_arg (f, 0);
  if (TREE_CODE (arg) != SSA_NAME || SSA_NAME_VERSION (arg) >= g.ssa_locs.length ()
      || !g.ssa_locs[SSA_NAME_VERSION (arg)])
    return NULL;
  return g.locs[g.ssa_locs[SSA_NAME_VERSION (arg)]].pts;
}

/* PLAN_OF[l]: the index in PLAN of the allocation site at location l, or -1.  */
static void
index_plan (escape_graph &g, const vec<promotion> &plan, vec<int> &plan_of)
{
  plan_of.safe_grow (g.locs.length ());
  for (int &i : plan_of)
    i = -1;
  for (unsigned i = 0; i < plan.length (); i++)
    plan_of[plan[i].loc] = i;
}

/* Push onto OUT the indices in PLAN of the moved blocks that points-to set PTS
   may name.  */
static void
moved_blocks_in (escape_graph &g, bitmap pts, const vec<promotion> &plan,
		 const vec<int> &plan_of, vec<unsigned> &out)
{
  if (bitmap_bit_p (pts, ANY_LOC))
    {
      for (unsigned i = 0; i < plan.length (); i++)
	if (plan[i].moved && may_point_to (g, pts, plan[i].loc))
	  out.safe_push (i);
      return;
    }
  unsigned o;
  bitmap_iterator bi;
  EXECUTE_IF_SET_IN_BITMAP (pts, 0, o, bi)
    if (plan_of[o] >= 0 && plan[plan_of[o]].moved)
      out.safe_push (plan_of[o]);
}

/* Keep on the heap the blocks of a free that could receive more than
   MAX_FREE_GUARDS promoted ones: guarding it against each would bloat the code.  */
static void
limit_free_guards (escape_graph &g, vec<promotion> &plan)
{
  auto_vec<int> plan_of;
  index_plan (g, plan, plan_of);
  for (gcall *f : g.frees)
    {
      bitmap pts = freed_pointees (g, f);
      auto_vec<unsigned> moved;
      if (pts)
	moved_blocks_in (g, pts, plan, plan_of, moved);
      if (moved.length () <= MAX_FREE_GUARDS)
	continue;
      for (unsigned i : moved)
	{
	  plan[i].moved = false;
	  plan[i].why = xasprintf ("freed by a call that may receive %u promoted blocks",
				   moved.length ());
	}
    }
}

/* Whether every loop around BB is entered and repeated through edges that a
   statement can be put on: a variable-size block in it gets its stack back on
   each back edge (bracket_stack_regions).  */
static bool
stack_regions_possible_p (basic_block bb)
{
  return !loop_header_entered_p (bb, EDGE_COMPLEX);
}

/* Whether CALL is the heap path of a site the first pass moved to the stack
   and registered with the guard runtime (for when its table is full): its
   result meets the object's address in a PHI.  */
static bool
heap_path_of_moved_site_p (const gcall *call)
{
  tree lhs = gimple_call_lhs (call);
  use_operand_p use;
  gimple *user;
  if (!lhs || TREE_CODE (lhs) != SSA_NAME || !single_imm_use (lhs, &use, &user)
      || gimple_code (user) != GIMPLE_PHI)
    return false;
  for (unsigned i = 0; i < gimple_phi_num_args (user); i++)
    {
      tree arg = gimple_phi_arg_def (user, i);
      if (TREE_CODE (arg) == ADDR_EXPR && promoted_object_p (TREE_OPERAND (arg, 0)))
	return true;
    }
  return false;
}

/* Decide, in statement order, which allocation sites of G move to the stack.  */
void
plan_promotions (escape_graph &g, vec<promotion> &plan)
{
  if (!promotions_planned_p () || g.allocs.is_empty ())
    {
      for (unsigned a : g.allocs)
	{
	  promotion p = { a, false, NULL, 0, false, 0, false, NULL };
	  plan.safe_push (p);
	}
      return;
    }
  auto_bitmap callee_freed (&g.pts_obstack), freed_unguarded (&g.pts_obstack);
  hash_map<int_hash<unsigned, -1u, -2u>, gcall *> freeing_call;
  objects_freed_by_callees (g, callee_freed, freed_unguarded, freeing_call);
  auto_bitmap in_memory (&g.pts_obstack);
  pointers_in_memory (g, in_memory);
  push_cfun (g.fn);
  bool have_loops = loops_for_fn (g.fn) != NULL;
  /* The marks are ours for this plan: the loop state GCC keeps stays as it was
     (GCC 11 refuses to fix up loops that may have several latches and claim
     marked irreducible regions).  */
  bool marked_here = have_loops
		     && !loops_state_satisfies_p (LOOPS_HAVE_MARKED_IRREDUCIBLE_REGIONS);
  if (marked_here)
    {
      calculate_dominance_info (CDI_DOMINATORS);
      mark_irreducible_loops ();
    }
  unsigned HOST_WIDE_INT budget = g.recursion ? escape_opts.recursive_budget
					       : escape_opts.frame_budget;
  unsigned HOST_WIDE_INT used = g.frame_used;
  for (unsigned a : g.allocs)
    {
      promotion p = { a, false, NULL, 0, false, 0, false, NULL };
      gcall *call = g.locs[a].call;
      alloc_kind kind = allocation_kind (call);
      unsigned HOST_WIDE_INT size = 0;
      if (g.locs[a].dist[ROOT_HEAP] < 0)
	;
      else if (!promotable_kind_p (kind))
	p.why = xstrdup (kind == AK_REALLOC ? "realloc is never moved"
			 : "not a C library allocator");
      else if (!gimple_call_lhs (call))
	p.why = xstrdup ("result unused");
      else if (heap_path_of_moved_site_p (call))
	p.why = xstrdup ("the heap path of a block moved to the stack, taken when the "
			 "guard runtime's table is full");
      else if (bitmap_bit_p (callee_freed, a)
	       && (bitmap_bit_p (freed_unguarded, a) || !escape_opts.guard))
	p.why = xasprintf ("freed in callee %s%s",
			   freeing_function_name (*freeing_call.get (a)),
			   bitmap_bit_p (freed_unguarded, a) ? ""
			   : " (it checks for promoted blocks: -fplugin-arg-escape-guard "
			     "would move it)");
      else if (!have_loops || live_across_iterations (g, a, in_memory))
	p.why = xstrdup ("live across loop iterations");
      else if (g.locs[a].dist[ROOT_BYTES] < 0)
	p.why = xstrdup (BYTES_REASON);
      else if (stmt_ends_bb_p (call))
	p.why = xstrdup ("call may throw");
      else if (!(p.align = required_alignment (call, kind)))
	p.why = xstrdup ("alignment not a constant power of two up to 4096");
      else
	{
	  p.variable = !constant_size (call, kind, &size);
	  if (p.variable)
	    size = escape_opts.max_size;
	  unsigned HOST_WIDE_INT charge = round_to_align (size);
	  const char *veto;
	  if (!p.variable && size == 0)
	    p.why = xstrdup ("zero size: no stack object has the empty bounds of a "
			     "heap block");
	  else if (!p.variable && size > (unsigned HOST_WIDE_INT) escape_opts.max_size)
	    p.why = xasprintf ("too large (" HOST_WIDE_INT_PRINT_UNSIGNED " > max-size %d)",
			       size, escape_opts.max_size);
	  else if (p.variable && escape_opts.max_size == 0)
	    p.why = xstrdup ("variable size and max-size 0");
	  else if (p.variable && variable_size_limit () == 0)
	    p.why = xstrdup ("variable size and -Wvla-larger-than=0");
	  else if ((veto = sanitizer_veto (p.variable)))
	    {
	      p.why = CONST_CAST (char *, veto);
	      p.sanitized = true;
	    }
	  else if (p.variable && g.fn->calls_alloca)
	    p.why = xstrdup ("variable size in a function that allocates on the stack at "
			     "run time (alloca or a variable-length array)");
	  else if (p.variable && in_irreducible_region_p (gimple_bb (call)))
	    p.why = xstrdup ("variable size in a loop entered in its middle (goto, "
			     "a switch into a loop)");
	  else if (p.variable && header_phi_may_hold_p (g, a, gimple_bb (call)))
	    p.why = xstrdup ("live across loop iterations");
	  else if (p.variable && !stack_regions_possible_p (gimple_bb (call)))
	    p.why = xstrdup ("variable size in a loop entered or repeated through an "
			     "abnormal edge");
	  else if (g.landing.frame || g.landing.unseen)
	    p.why = landing_reason (g.landing);
	  else if (used + charge > budget)
	    p.why = xasprintf ("%s budget exhausted (" HOST_WIDE_INT_PRINT_UNSIGNED
			       " + " HOST_WIDE_INT_PRINT_UNSIGNED " > "
			       HOST_WIDE_INT_PRINT_UNSIGNED ")%s%s",
			       g.recursion ? "recursive frame" : "frame", used, charge,
			       budget, g.recursion && *g.recursion
			       ? "; it may be called again through " : "",
			       g.recursion ? g.recursion : "");
	  else
	    {
	      used += charge;
	      p.moved = true;
	      p.size = size;
	      if (bitmap_bit_p (callee_freed, a))
		p.registered = *freeing_call.get (a);
	    }
	}
      plan.safe_push (p);
    }
  if (marked_here)
    loops_state_clear (LOOPS_HAVE_MARKED_IRREDUCIBLE_REGIONS);
  limit_free_guards (g, plan);
  pop_cfun ();
}

/* The type of the object standing in for the block of CALL: the type its result
   points to when that has exactly SIZE bytes, an array of it when SIZE is a
   multiple, an array of SIZE bytes otherwise.  Typed objects index and scalarize
   better.  */
static tree
object_type (const gcall *call, unsigned HOST_WIDE_INT size)
{
  tree lhs = gimple_call_lhs (call);
  tree t = TYPE_MAIN_VARIANT (TREE_TYPE (TREE_TYPE (lhs)));
  if (!COMPLETE_TYPE_P (t) || VOID_TYPE_P (t) || TREE_CODE (t) == ARRAY_TYPE
      || TYPE_VOLATILE (t) || !tree_fits_uhwi_p (TYPE_SIZE_UNIT (t)))
    return build_array_type_nelts (char_type_node, size);
  unsigned HOST_WIDE_INT elt = tree_to_uhwi (TYPE_SIZE_UNIT (t));
  if (elt == size)
    return t;
  if (elt && size % elt == 0)
    return build_array_type_nelts (t, size / elt);
  return build_array_type_nelts (char_type_node, size);
}

/* The name the objects standing in for promoted blocks start with.  */
static const char OBJECT_PREFIX[] = "escape_stack";

/* Whether VAR is such an object (of this function, or of a callee inlined into
   it: inlining keeps the name).  */
bool
promoted_object_p (const_tree var)
{
  return VAR_P (var) && DECL_NAME (var)
	 && startswith (IDENTIFIER_POINTER (DECL_NAME (var)), OBJECT_PREFIX);
}

static tree
new_object (const gcall *call, const promotion &p)
{
  tree obj = create_tmp_var (object_type (call, p.size), OBJECT_PREFIX);
  TREE_ADDRESSABLE (obj) = 1;
  /* Sanitizers name the object and its line in their reports.  */
  DECL_SOURCE_LOCATION (obj) = LOCATION_LOCUS (gimple_location (call));
  /* An uninitialized read of an object the user never declared, which GCC does
     not warn about for a heap block, would be promotion's own warning.  Bounds
     warnings are the user's, on the stack as on the heap (-Warray-bounds
     names the object).  */
  suppress_warning (obj, OPT_Wuninitialized);
  if (DECL_ALIGN_UNIT (obj) < p.align)
    {
      SET_DECL_ALIGN (obj, p.align * BITS_PER_UNIT);
      DECL_USER_ALIGN (obj) = 1;
    }
  return obj;
}

static void
append_call (gimple_seq *seq, enum built_in_function fn, tree lhs, int n, tree a0,
	     tree a1 = NULL_TREE, tree a2 = NULL_TREE)
{
  gcall *c = gimple_build_call (builtin_decl_explicit (fn), n, a0, a1, a2);
  if (lhs)
    gimple_call_set_lhs (c, lhs);
  gimple_seq_add_stmt (seq, c);
}

/* Statements that fill the object at ADDR as the allocation CALL of KIND fills its
   block.  LEN is the string length for strdup and strndup, the size for calloc.  */
static void
fill_object (gimple_seq *seq, const gcall *call, alloc_kind kind, tree addr, tree len)
{
  switch (kind)
    {
    case AK_CALLOC:
    case AK_ZALLOC:
      append_call (seq, BUILT_IN_MEMSET, NULL_TREE, 3, addr, integer_zero_node, len);
      break;
    case AK_STRDUP:
      append_call (seq, BUILT_IN_MEMCPY, NULL_TREE, 3, addr, gimple_call_arg (call, 0),
		   gimple_build (seq, PLUS_EXPR, size_type_node, len, size_one_node));
      break;
    case AK_STRNDUP:
      {
	append_call (seq, BUILT_IN_MEMCPY, NULL_TREE, 3, addr, gimple_call_arg (call, 0),
		     len);
	tree end = gimple_build (seq, POINTER_PLUS_EXPR, TREE_TYPE (addr), addr, len);
	tree nul = build2 (MEM_REF, char_type_node, end,
			   build_int_cst (build_pointer_type (char_type_node), 0));
	gimple_seq_add_stmt (seq, gimple_build_assign (nul, build_zero_cst (char_type_node)));
	break;
      }
    default:
      break;
    }
}

/* The string length strdup/strndup CALL copies, computed into SEQ.  */
static tree
string_length (gimple_seq *seq, const gcall *call, alloc_kind kind)
{
  tree len = make_ssa_name (size_type_node);
  if (kind == AK_STRDUP)
    append_call (seq, BUILT_IN_STRLEN, len, 1, gimple_call_arg (call, 0));
  else
    append_call (seq, BUILT_IN_STRNLEN, len, 2, gimple_call_arg (call, 0),
		 gimple_convert (seq, size_type_node, gimple_call_arg (call, 1)));
  return len;
}

/* Put STMT in a block of its own that runs only when COND holds, with probability
   LIKELY; statements of PRELUDE go before the test.  Return the edge that bypasses
   STMT.  */
static edge
run_only_if (gimple *stmt, gimple_seq prelude, tree cond, profile_probability likely)
{
  basic_block bb = gimple_bb (stmt);
  gimple_stmt_iterator gsi = gsi_for_stmt (stmt);
  gsi_insert_seq_before (&gsi, prelude, GSI_SAME_STMT);
  gsi_prev (&gsi);
  edge to_stmt = gsi_end_p (gsi) ? split_block_after_labels (bb)
				 : split_block (bb, gsi_stmt (gsi));
  basic_block test_bb = to_stmt->src, stmt_bb = to_stmt->dest;
  edge after = split_block (stmt_bb, stmt);
  gimple_stmt_iterator last = gsi_last_bb (test_bb);
  gsi_insert_after (&last, gimple_build_cond (NE_EXPR, cond, boolean_false_node,
					      NULL_TREE, NULL_TREE), GSI_NEW_STMT);
  to_stmt->flags = (to_stmt->flags & ~EDGE_FALLTHRU) | EDGE_TRUE_VALUE;
  edge bypass = make_edge (test_bb, after->dest, EDGE_FALSE_VALUE);
  to_stmt->probability = likely;
  bypass->probability = likely.invert ();
  stmt_bb->count = test_bb->count.apply_probability (to_stmt->probability);
  return bypass;
}

/* Replace the allocation CALL by the object OBJ.  */
static void
rewrite_constant_site (gcall *call, alloc_kind kind, tree obj, unsigned HOST_WIDE_INT size)
{
  tree lhs = gimple_call_lhs (call);
  gimple_seq seq = NULL;
  tree addr = build_fold_addr_expr (obj);
  tree len = kind == AK_STRNDUP ? string_length (&seq, call, kind) : size_int (size);
  fill_object (&seq, call, kind, addr, len);
  gimple_seq_add_stmt (&seq, gimple_build_assign (lhs, addr));
  gimple_seq_set_location (seq, gimple_location (call));
  gimple_stmt_iterator gsi = gsi_for_stmt (call);
  unlink_stmt_vdef (call);
  gsi_replace_with_seq (&gsi, seq, true);
}

/* The name of the pointer to a variable-size block allocated on the stack, which
   bytes_already_moved looks for after inlining.  */
static const char BLOCK_NAME[] = "escape_stack_block";

/* A pointer variable of the frame that lives in memory, so that stores to it need
   no PHIs; GCC makes it a register again when it can.  */
static tree
new_frame_pointer_variable (const char *name)
{
  tree var = create_tmp_var (ptr_type_node, name);
  DECL_NOT_GIMPLE_REG_P (var) = 1;
  return var;
}

/* Load VAR into a new SSA name in SEQ.  */
static tree
load (gimple_seq *seq, tree var)
{
  tree val = make_ssa_name (TREE_TYPE (var));
  gimple_seq_add_stmt (seq, gimple_build_assign (val, var));
  return val;
}

/* Statements that allocate exactly BYTES bytes aligned to ALIGN on the stack at run
   time, as a variable-length array is: the inliner may copy them into loops since
   bracket_stack_regions gives the bytes back.  */
static tree
allocate_on_stack (gimple_seq *seq, tree bytes, unsigned align)
{
  gcall *c = gimple_build_call (builtin_decl_explicit (BUILT_IN_ALLOCA_WITH_ALIGN), 2,
				bytes, size_int (align * BITS_PER_UNIT));
  gimple_call_set_alloca_for_var (c, true);
  tree block = make_temp_ssa_name (ptr_type_node, c, BLOCK_NAME);
  gimple_call_set_lhs (c, block);
  gimple_seq_add_stmt (seq, c);
  return block;
}

/* SEQ's test whether BYTES is 0 or above LIMIT: BYTES - 1 >= LIMIT, unsigned.  */
static tree
zero_or_above (gimple_seq *seq, tree bytes, tree limit)
{
  tree less = gimple_build (seq, MINUS_EXPR, size_type_node, bytes, size_one_node);
  return gimple_build (seq, GE_EXPR, boolean_type_node, less, limit);
}

/* The test, computed into PRELUDE, whether the variable-size allocation CALL of
   KIND goes to the heap: its size is 0 or exceeds variable_size_limit.  *LEN
   gets the string length for strdup and strndup, the size otherwise; *BYTES the
   size, or NULL for strdup and strndup (LEN + 1, computed on the stack path).  */
static tree
variable_size_to_heap (gimple_seq *prelude, gcall *call, alloc_kind kind, tree *len,
		       tree *bytes)
{
  tree limit = size_int (variable_size_limit ());
  if (kind == AK_STRDUP || kind == AK_STRNDUP)
    {
      *len = string_length (prelude, call, kind);
      *bytes = NULL_TREE;
      return gimple_build (prelude, GE_EXPR, boolean_type_node, *len, limit);
    }
  if (kind == AK_CALLOC)
    {
      tree n = gimple_convert (prelude, size_type_node, gimple_call_arg (call, 0));
      tree s = gimple_convert (prelude, size_type_node, gimple_call_arg (call, 1));
      *len = *bytes = gimple_build (prelude, MULT_EXPR, size_type_node, n, s);
      tree too_big = gimple_build (prelude, BIT_IOR_EXPR, boolean_type_node,
				   gimple_build (prelude, GT_EXPR, boolean_type_node, n, limit),
				   gimple_build (prelude, GT_EXPR, boolean_type_node, s, limit));
      return gimple_build (prelude, BIT_IOR_EXPR, boolean_type_node, too_big,
			   zero_or_above (prelude, *bytes, limit));
    }
  *len = *bytes = gimple_convert (prelude, size_type_node,
				  gimple_call_arg (call, kind == AK_ALIGNED_ALLOC));
  return zero_or_above (prelude, *bytes, limit);
}

/* Give the allocation CALL of promotion P a path to the heap besides the stack:
   for a variable size, the heap when the size is 0 or exceeds
   variable_size_limit, otherwise exactly the bytes asked for on the stack, whose
   address goes to STANDIN as well (for the frees); for a constant size, the
   object STANDIN.  A block registered with the guard runtime goes to the heap
   too when its table is full.  */
static void
rewrite_site_with_heap_path (gcall *call, alloc_kind kind, const promotion &p,
			     tree standin)
{
  tree lhs = gimple_call_lhs (call);
  gimple_seq prelude = NULL;
  tree len, bytes, to_heap = NULL_TREE;
  if (p.variable)
    to_heap = variable_size_to_heap (&prelude, call, kind, &len, &bytes);
  else
    {
      bytes = size_int (p.size);
      len = kind == AK_STRNDUP ? string_length (&prelude, call, kind) : bytes;
    }
  if (p.registered)
    {
      tree full = guard_full (&prelude);
      to_heap = to_heap ? gimple_build (&prelude, BIT_IOR_EXPR, boolean_type_node,
					to_heap, full)
			: full;
    }
  gimple_seq_set_location (prelude, gimple_location (call));
  edge bypass = run_only_if (call, prelude, to_heap, profile_probability::unlikely ());
  basic_block join = bypass->dest;
  edge from_heap = single_succ_edge (gimple_bb (call));
  tree heap_value = make_ssa_name (TREE_TYPE (lhs), call);
  gimple_call_set_lhs (call, heap_value);
  gimple_seq stack_seq = NULL;
  if (!bytes)
    bytes = gimple_build (&stack_seq, PLUS_EXPR, size_type_node, len, size_one_node);
  tree block;
  if (p.variable)
    {
      block = allocate_on_stack (&stack_seq, bytes, p.align);
      gimple_seq_add_stmt (&stack_seq, gimple_build_assign (standin, block));
    }
  else
    block = build_fold_addr_expr (standin);
  if (p.registered)
    guard_register (&stack_seq, block, bytes);
  tree addr = gimple_convert (&stack_seq, TREE_TYPE (lhs), block);
  fill_object (&stack_seq, call, kind, addr, len);
  gimple_seq_set_location (stack_seq, gimple_location (call));
  basic_block stack_bb = gsi_insert_seq_on_edge_immediate (bypass, stack_seq);
  gphi *phi = create_phi_node (lhs, join);
  add_phi_arg (phi, heap_value, from_heap, gimple_location (call));
  add_phi_arg (phi, addr, single_succ_edge (stack_bb), gimple_location (call));
}

/* Delete or guard each free that may receive a promoted block.  STANDINS[i] is
   the object of PLAN[i], or for a variable size the variable with the address of
   its latest block.  */
static void
rewrite_frees (escape_graph &g, const vec<promotion> &plan, const vec<tree> &standins)
{
  auto_vec<int> plan_of;
  index_plan (g, plan, plan_of);
  for (gcall *f : g.frees)
    {
      bitmap pts = freed_pointees (g, f);
      auto_vec<unsigned> moved;
      if (pts)
	moved_blocks_in (g, pts, plan, plan_of, moved);
      if (moved.is_empty ())
	continue;
      /* Nothing else to free: every block it may receive is a constant-size
	 promoted one that is always on the stack.  */
      unsigned constant = 0;
      for (unsigned i : moved)
	constant += !plan[i].variable && !plan[i].registered;
      if (!bitmap_bit_p (pts, ANY_LOC) && bitmap_count_bits (pts) == constant)
	{
	  gimple_stmt_iterator gsi = gsi_for_stmt (f);
	  unlink_stmt_vdef (f);
	  gsi_remove (&gsi, true);
	  continue;
	}
      tree arg = gimple_call_arg (f, 0);
      for (unsigned i : moved)
	{
	  gimple_seq prelude = NULL;
	  tree block = plan[i].variable ? load (&prelude, standins[i])
					: build_fold_addr_expr (standins[i]);
	  tree other = gimple_build (&prelude, NE_EXPR, boolean_type_node, arg, block);
	  gimple_seq_set_location (prelude, gimple_location (f));
	  run_only_if (f, prelude, other, profile_probability::even ());
	}
    }
}

/* SEQ: save the stack pointer in VAR.  */
static void
append_stack_save (gimple_seq *seq, tree var)
{
  tree sp = make_ssa_name (ptr_type_node);
  append_call (seq, BUILT_IN_STACK_SAVE, sp, 0, NULL_TREE);
  gimple_seq_add_stmt (seq, gimple_build_assign (var, sp));
}

/* Statements that give back the stack allocated since VAR was saved.  */
static gimple_seq
stack_restore (tree var)
{
  gimple_seq seq = NULL;
  append_call (&seq, BUILT_IN_STACK_RESTORE, NULL_TREE, 1, load (&seq, var));
  return seq;
}

/* A state of the frame that a region gives back when it ends: SAVE appends
   statements that remember it into a variable of TYPE, RESTORE makes the
   statements that go back to it.  */
struct frame_state
{
  void (*save) (gimple_seq *seq, tree var);
  gimple_seq (*restore) (tree var);
  tree type;
  const char *loop_name, *function_name;
};

/* Bracket with STATE each loop in LOOPS and the function: around a loop the
   state is saved on entry and restored on every back edge, where no block
   allocated in the loop is live (plan_promotions' loop rule); the function
   saves it on entry, after ENTRY's statements, and restores it before each
   return, so that a copy inlined into a loop restores it too.  */
static void
bracket_frame (escape_graph &g, bitmap loops, const frame_state &state, gimple_seq entry)
{
  unsigned num;
  bitmap_iterator bi;
  EXECUTE_IF_SET_IN_BITMAP (loops, 0, num, bi)
    {
      class loop *loop = get_loop (g.fn, num);
      tree saved = create_tmp_var (state.type, state.loop_name);
      DECL_NOT_GIMPLE_REG_P (saved) = 1;
      auto_vec<edge> entries, back;
      edge e;
      edge_iterator ei;
      FOR_EACH_EDGE (e, ei, loop->header->preds)
	(flow_bb_inside_loop_p (loop, e->src) ? back : entries).safe_push (e);
      for (edge in : entries)
	{
	  gimple_seq seq = NULL;
	  state.save (&seq, saved);
	  gsi_insert_seq_on_edge_immediate (in, seq);
	}
      for (edge latch : back)
	gsi_insert_seq_on_edge_immediate (latch, state.restore (saved));
    }
  tree saved = create_tmp_var (state.type, state.function_name);
  DECL_NOT_GIMPLE_REG_P (saved) = 1;
  state.save (&entry, saved);
  gsi_insert_seq_on_edge_immediate (single_succ_edge (ENTRY_BLOCK_PTR_FOR_FN (g.fn)),
				    entry);
  edge e;
  edge_iterator ei;
  FOR_EACH_EDGE (e, ei, EXIT_BLOCK_PTR_FOR_FN (g.fn)->preds)
    {
      gimple_stmt_iterator gsi = gsi_last_bb (e->src);
      if (!gsi_end_p (gsi) && gimple_code (gsi_stmt (gsi)) == GIMPLE_RETURN)
	gsi_insert_seq_before (&gsi, state.restore (saved), GSI_SAME_STMT);
    }
}

/* Set in LOOPS each loop around the site of promotion P.  */
static void
mark_loops_around (escape_graph &g, const promotion &p, bitmap loops)
{
  FOR_EACH_LOOP_AROUND (loop, gimple_bb (g.locs[p.loc].call))
    bitmap_set_bit (loops, loop->num);
}

/* Bracket the run-time stack allocations of the variable-size sites of PLAN as
   GCC brackets a variable-length array's: a loop holds one block per site at a
   time, and a function its blocks until it returns.  LASTS[i], the address of
   site i's latest block, starts NULL.  */
static void
bracket_stack_regions (escape_graph &g, const vec<promotion> &plan,
		       const vec<tree> &lasts)
{
  auto_bitmap loops;
  gimple_seq entry = NULL;
  for (unsigned i = 0; i < plan.length (); i++)
    if (plan[i].moved && plan[i].variable)
      {
	mark_loops_around (g, plan[i], loops);
	gimple_seq_add_stmt (&entry, gimple_build_assign (lasts[i], null_pointer_node));
      }
  if (gimple_seq_empty_p (entry))
    return;
  frame_state stack = { append_stack_save, stack_restore, ptr_type_node,
			 "escape_loop_sp", "escape_sp" };
  bracket_frame (g, loops, stack, entry);
  g.fn->calls_alloca = 1;
}

/* Bracket the blocks of PLAN registered with the guard runtime the same way:
   a loop and the function give back the entries they registered.  */
static void
bracket_registered_blocks (escape_graph &g, const vec<promotion> &plan)
{
  auto_bitmap loops;
  bool any = false;
  for (const promotion &p : plan)
    if (p.moved && p.registered)
      {
	mark_loops_around (g, p, loops);
	any = true;
      }
  if (!any)
    return;
  frame_state guard = { guard_mark, guard_release, unsigned_type_node,
			"escape_loop_guard", "escape_guard" };
  bracket_frame (g, loops, guard, NULL);
}

/* Bytes promotion already put into FN's frame: its objects, and max-size for each
   block it allocates on the stack at run time.  */
unsigned HOST_WIDE_INT
bytes_already_moved (function *fn)
{
  unsigned HOST_WIDE_INT bytes = 0;
  unsigned ix;
  tree var;
  FOR_EACH_LOCAL_DECL (fn, ix, var)
    if (promoted_object_p (var) && tree_fits_uhwi_p (DECL_SIZE_UNIT (var)))
      bytes += tree_to_uhwi (DECL_SIZE_UNIT (var));
  tree name;
  FOR_EACH_SSA_NAME (ix, name, fn)
    if (SSA_NAME_IDENTIFIER (name) && !SSA_NAME_VAR (name)
	&& !strcmp (IDENTIFIER_POINTER (SSA_NAME_IDENTIFIER (name)), BLOCK_NAME))
      bytes += escape_opts.max_size;
  return bytes;
}

/* Forget what points-to analysis said of the current function's pointers (after
   inlining, GCC's has run): a pointer that pointed only to heap blocks may now
   point to a promoted object, and folding would take the guard of a free
   "p != &object" for true.  GCC computes them again in its next alias pass.  */
static void
forget_points_to (void)
{
  unsigned i;
  tree name;
  FOR_EACH_SSA_NAME (i, name, cfun)
    if (POINTER_TYPE_P (TREE_TYPE (name)))
      SSA_NAME_PTR_INFO (name) = NULL;
}

/* Rewrite G's function as PLAN says.  */
/* Make PLAN move nothing, as a plan made without promote: it was made for the
   profile only.  */
void
keep_every_site (vec<promotion> &plan)
{
  for (promotion &p : plan)
    {
      p.moved = false;
      free (p.why);
      p.why = NULL;
    }
}

void
apply_promotions (escape_graph &g, const vec<promotion> &plan)
{
  bool any = false;
  for (const promotion &p : plan)
    any |= p.moved;
  if (!any)
    return;
  push_cfun (g.fn);
  forget_points_to ();
  auto_vec<tree> standins;
  for (const promotion &p : plan)
    {
      gcall *call = g.locs[p.loc].call;
      standins.safe_push (!p.moved ? NULL_TREE
			  : p.variable ? new_frame_pointer_variable ("escape_last_block")
			  : new_object (call, p));
    }
  bracket_stack_regions (g, plan, standins);
  bracket_registered_blocks (g, plan);
  for (unsigned i = 0; i < plan.length (); i++)
    if (plan[i].moved)
      {
	gcall *call = g.locs[plan[i].loc].call;
	alloc_kind kind = allocation_kind (call);
	if (plan[i].variable || plan[i].registered)
	  rewrite_site_with_heap_path (call, kind, plan[i], standins[i]);
	else
	  rewrite_constant_site (call, kind, standins[i], plan[i].size);
      }
  rewrite_frees (g, plan, standins);
  free_dominance_info (CDI_DOMINATORS);
  free_dominance_info (CDI_POST_DOMINATORS);
  loops_state_set (LOOPS_NEED_FIXUP);
  mark_virtual_operands_for_renaming (cfun);
  update_ssa (TODO_update_ssa);
  cgraph_edge::rebuild_edges ();
  pop_cfun ();
}
