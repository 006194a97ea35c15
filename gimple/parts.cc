/* Parts of objects.  The graph keeps one location for the contents of an object,
   so a pointer stored in one field would reach every load of another: a length
   read from a struct and returned would carry the block the struct's data field
   points to, and a load of a type that cannot hold a pointer (h->tag) would
   send everything its object holds to {bytes}, so that the block h->ptr points
   to never moves.  A load reads only the bytes it reads, so the graph keeps,
   with every edge into an object, the part of the object the edge writes (a
   byte range, or the whole object).  A narrow load at a known place becomes a
   read of a part (esc_read) that the solver resolves once points-to sets are
   complete (resolve_reads): each object it may read goes to {bytes} only if
   some edge writes a pointer into the part it reads.  What is stored as a
   narrow value goes to {bytes} where it is stored (build.cc), so a part that
   no edge writes a pointer into holds none the graph follows.

   Loads of values that may hold a pointer are resolved the same way, in each
   sweep of the points-to analysis (resolve_loads): a load of a part of an object reads
   from the object's part node for that part, a location that receives what
   the edges into the object write into the part.  Part nodes are made on
   first use and get each edge written into the object later (the solver's
   store resolution calls write_part_nodes); -m=2 names them by the reference
   that reads them (h.ptr).  A load reads the whole object instead if code the
   graph does not see may have written into it, and anything outside the
   frame as before.  A function of this unit that writes through what it is
   given is not such code: what it writes points outside the frame, or is a
   value its summary leaks (a field it copies into another has escaped from
   both), so a part node of an object it may write reads {heap} besides its
   part: a struct whose field a callee grows with realloc keeps its other
   fields apart.

   A part is known only where its offset is: an access at a constant offset
   from a local declaration, or from a pointer that can only hold the address
   where an object starts (start_pointer_p): the address of a whole
   declaration, an allocation's result, a parameter's value, or copies and phis
   of these.  Anything else (pointer arithmetic, a pointer loaded from memory,
   a variable index) is the whole object, as before.

   A read through a parameter is the caller's to resolve: a function's summary
   lists, per parameter, the parts of what it points to that the function
   reads (at most MAX_READS, merged past that), and a call resolves them as
   reads of what its argument points to.

   So is a load through a parameter.  A load of a part of what a parameter
   points to reads the parameter's part node for that part (param_part): a
   source that holds what the caller's memory holds, {heap} to this function,
   with no edge from the parameter.  Where it flows is the part's own leak: the
   summary lists, per parameter, each part whose value reaches a root and with
   how many dereferences (at most MAX_PART_LEAKS, merged past that; a part
   whose leak the parameter's own covers is left out), and a call loads that
   part of what its argument points to and sends the value on (calls.cc).
   What the function itself stores through the parameter goes to {heap}, as
   any store outside the frame, so a part node never misses a value that has
   not escaped.  A caller that cannot say where its argument points takes a
   part's leak as a leak of all its argument points to.  */

#include "gimple/escape.h"

/* Parts end below this byte offset; anything larger is the whole object.  */
static const HOST_WIDE_INT MAX_PART_END = HOST_WIDE_INT_1 << 30;

/* An object with more edges into it than this is taken as written everywhere:
   resolving a read then costs a bounded scan.  */
static const unsigned MAX_WRITES_SCANNED = 64;

/* Parameter part nodes (param_part) a function may have; loads of further
   parts of what parameters point to read all of it.  */
static const unsigned MAX_PARAM_PARTS = 64;

/* The definitions start_pointer_p follows before it gives up.  */
static const unsigned MAX_START_DEFS = 32;

/* The bytes that hold bits [BITPOS, BITPOS + BITSIZE).  */
static esc_range
bytes_of_bits (HOST_WIDE_INT bitpos, HOST_WIDE_INT bitsize)
{
  if (bitpos < 0 || bitsize <= 0 || bitsize >= MAX_PART_END
      || bitpos >= MAX_PART_END * BITS_PER_UNIT)
    return WHOLE_OBJECT;
  HOST_WIDE_INT first = bitpos / BITS_PER_UNIT;
  HOST_WIDE_INT end = (bitpos + bitsize + BITS_PER_UNIT - 1) / BITS_PER_UNIT;
  if (end > MAX_PART_END)
    return WHOLE_OBJECT;
  esc_range part = { (unsigned) first, (unsigned) (end - first) };
  return part;
}

/* PART moved SHIFT bytes further into its object.  */
static esc_range
shifted_part (esc_range part, HOST_WIDE_INT shift)
{
  if (!part.size || shift < 0 || part.off + part.size + shift > MAX_PART_END)
    return WHOLE_OBJECT;
  part.off += shift;
  return part;
}

/* The part of its base that memory reference REF accesses, or as much as it may
   access; *BASE is set to the base: a declaration, or the pointer whose pointee
   REF accesses, or NULL_TREE (and the whole object) if neither is known.  */
static esc_range
ref_part (tree ref, tree *base)
{
  poly_int64 bitpos, bitsize, max_size;
  bool reverse;
  tree b = get_ref_base_and_extent (ref, &bitpos, &bitsize, &max_size, &reverse);
  HOST_WIDE_INT pos, max;
  *base = NULL_TREE;
  if (!bitpos.is_constant (&pos) || !max_size.is_constant (&max) || max <= 0)
    return WHOLE_OBJECT;
  if (DECL_P (b))
    {
      *base = b;
      return bytes_of_bits (pos, max);
    }
  if (TREE_CODE (b) != MEM_REF || TREE_CODE (TREE_OPERAND (b, 0)) != SSA_NAME)
    return WHOLE_OBJECT;
  poly_offset_int off = mem_ref_offset (b);
  off <<= LOG2_BITS_PER_UNIT;
  off += pos;
  poly_int64 total;
  HOST_WIDE_INT start;
  if (!off.to_shwi (&total) || !total.is_constant (&start))
    return WHOLE_OBJECT;
  *base = TREE_OPERAND (b, 0);
  return bytes_of_bits (start, max);
}

/* The position of parameter PARM among FN's parameters.  */
static unsigned
param_position (tree fn, tree parm)
{
  unsigned i = 0;
  for (tree p = DECL_ARGUMENTS (fn); p && p != parm; p = DECL_CHAIN (p))
    i++;
  return i;
}

/* Whether the definition of an allocation call's result is CALL: build_call
   gives it the address of a new block.  */
static bool
allocation_result_p (gcall *call)
{
  return !gimple_call_internal_p (call) && gimple_call_fndecl (call)
	 && !(gimple_call_flags (call) & ECF_RETURNS_TWICE) && allocation_kind (call);
}

/* Whether pointer PTR, in function FN, can only hold the address where an
   object starts, outside the frame (a global's) or in it (a whole local
   declaration's, an allocated block's), what a parameter points to (its
   position is pushed on PARAMS), or no object at all.  VISITED holds the SSA
   names already seen (a cycle of copies adds no offset), at most
   MAX_START_DEFS of them.  */
static bool
start_pointer_p (tree fn, tree ptr, vec<tree> &visited, vec<unsigned> &params)
{
  if (TREE_CODE (ptr) == ADDR_EXPR)
    return DECL_P (TREE_OPERAND (ptr, 0))
	   && TREE_CODE (TREE_OPERAND (ptr, 0)) != RESULT_DECL;
  if (TREE_CODE (ptr) == INTEGER_CST)
    return integer_zerop (ptr);
  if (TREE_CODE (ptr) != SSA_NAME || !POINTER_TYPE_P (TREE_TYPE (ptr)))
    return false;
  if (visited.contains (ptr))
    return true;
  if (visited.length () == MAX_START_DEFS)
    return false;
  visited.quick_push (ptr);
  if (SSA_NAME_IS_DEFAULT_DEF (ptr))
    {
      tree var = SSA_NAME_VAR (ptr);
      if (var && TREE_CODE (var) == PARM_DECL)
	{
	  params.safe_push (param_position (fn, var));
	  return true;
	}
      return !var || VAR_P (var);
    }
  gimple *def = SSA_NAME_DEF_STMT (ptr);
  if (gphi *phi = dyn_cast <gphi *> (def))
    {
      for (unsigned i = 0; i < gimple_phi_num_args (phi); i++)
	if (!start_pointer_p (fn, gimple_phi_arg_def (phi, i), visited, params))
	  return false;
      return true;
    }
  if (gassign *a = dyn_cast <gassign *> (def))
    {
      tree rhs = gimple_assign_rhs1 (a);
      enum tree_code code = gimple_assign_rhs_code (a);
      bool copy = code == SSA_NAME || code == ADDR_EXPR
		  || (CONVERT_EXPR_CODE_P (code) && POINTER_TYPE_P (TREE_TYPE (rhs)));
      return copy && start_pointer_p (fn, rhs, visited, params);
    }
  if (gcall *call = dyn_cast <gcall *> (def))
    return allocation_result_p (call);
  return false;
}

/* Where the memory that BASE designates is, for an access of *PART: BASE is a
   declaration, the address of one or of a part of one or of a part of what a
   pointer points to, also through an SSA name that holds it (*PART is moved to
   the part's offset), or a pointer.  On success *WHERE is the value that
   points to that memory, the declaration's location with -1 dereferences or
   the pointer's with 0 (HEAP_LOC for a global), and PARAMS gets the parameters
   the pointer may come from; false if it is not known.  */
static bool
locate_part (escape_graph &g, tree base, esc_range *part, esc_val *where,
	     vec<unsigned> &params)
{
  if (!part->size)
    return false;
  if (TREE_CODE (base) == SSA_NAME)
    if (gassign *a = dyn_cast <gassign *> (SSA_NAME_DEF_STMT (base)))
      if (gimple_assign_rhs_code (a) == ADDR_EXPR)
	base = gimple_assign_rhs1 (a);
  if (TREE_CODE (base) == ADDR_EXPR)
    {
      poly_int64 off;
      HOST_WIDE_INT shift;
      base = get_addr_base_and_unit_offset (TREE_OPERAND (base, 0), &off);
      if (base && TREE_CODE (base) == MEM_REF
	  && TREE_CODE (TREE_OPERAND (base, 0)) == SSA_NAME)
	{
	  off += mem_ref_offset (base).force_shwi ();
	  base = TREE_OPERAND (base, 0);
	}
      if (!base || (!DECL_P (base) && TREE_CODE (base) != SSA_NAME)
	  || !off.is_constant (&shift))
	return false;
      *part = shifted_part (*part, shift);
      if (!part->size)
	return false;
    }
  where->opaque = false;
  if (DECL_P (base))
    {
      if (TREE_CODE (base) == RESULT_DECL)
	return false;
      if (!local_memory_p (base))
	{
	  where->loc = HEAP_LOC;
	  where->derefs = 0;
	  return VAR_P (base);
	}
      where->loc = g.decl_loc (base);
      where->derefs = -1;
      return true;
    }
  auto_vec<tree, MAX_START_DEFS> visited;
  if (TREE_CODE (base) != SSA_NAME || !start_pointer_p (g.fn->decl, base, visited, params))
    return false;
  where->loc = g.ssa_loc (base);
  where->derefs = 0;
  return true;
}

/* Record that statement STMT reads PART of what BASE designates (locate_part)
   as bytes.  Return false if where it reads is not known.  */
static bool
record_read (escape_graph &g, tree base, esc_range part, gimple *stmt)
{
  esc_val where;
  auto_vec<unsigned, 4> params;
  if (!locate_part (g, base, &part, &where, params))
    return false;
  if (where.loc == HEAP_LOC)
    return true;
  esc_read r = { where.loc, where.derefs, part, stmt };
  g.reads.safe_push (r);
  for (unsigned p : params)
    {
      param_read pr = { p, part };
      g.param_reads.safe_push (pr);
    }
  return true;
}

bool
param_part_of (escape_graph &g, tree ref, unsigned *param, esc_range *part)
{
  tree base;
  *part = ref_part (ref, &base);
  if (!part->size || !base || TREE_CODE (base) != SSA_NAME
      || !SSA_NAME_IS_DEFAULT_DEF (base) || !SSA_NAME_VAR (base)
      || TREE_CODE (SSA_NAME_VAR (base)) != PARM_DECL)
    return false;
  *param = param_position (g.fn->decl, SSA_NAME_VAR (base));
  return true;
}

bool
param_pointer_part (escape_graph &g, tree ptr, esc_range *part, unsigned *param)
{
  esc_val where;
  auto_vec<unsigned, 4> params;
  esc_range shifted = *part;
  if (!locate_part (g, ptr, &shifted, &where, params) || where.derefs != 0)
    return false;
  for (unsigned i = 0; i < g.params.length (); i++)
    if (g.params[i] && g.params[i] == where.loc)
      {
	*part = shifted;
	*param = i;
	return true;
      }
  return false;
}

esc_range
part_through (escape_graph &g, tree ptr, esc_range part)
{
  esc_val where;
  auto_vec<unsigned, 4> params;
  return locate_part (g, ptr, &part, &where, params) ? part : WHOLE_OBJECT;
}

bool
read_part (escape_graph &g, tree ref)
{
  tree base;
  esc_range part = ref_part (ref, &base);
  return base && record_read (g, base, part, g.stmt);
}

void
read_parts_through (escape_graph &g, tree ptr, const param_leak &leak)
{
  for (unsigned i = 0; i < leak.nreads; i++)
    if (!record_read (g, ptr, leak.reads[i], g.stmt))
      {
	val_list v;
	value_of (g, ptr, v);
	copy_as_bytes (g, v, 1);
	return;
      }
}

esc_range
write_part (escape_graph &g, tree lhs)
{
  tree base;
  esc_range part = ref_part (lhs, &base);
  esc_val where;
  auto_vec<unsigned, 4> params;
  return base && locate_part (g, base, &part, &where, params) ? part : WHOLE_OBJECT;
}

static bool
overlap_p (esc_range a, esc_range b)
{
  return !a.size || !b.size
	 || ((uint64_t) a.off < (uint64_t) b.off + b.size
	     && (uint64_t) b.off < (uint64_t) a.off + a.size);
}

/* Whether code the graph does not see may write into object L: its address
   escaped, or unknown code was given a way to it.  */
static bool
written_unseen_p (const esc_loc &l)
{
  return l.escaped || l.clobbered;
}

/* Whether the value edge E writes may point to something.  A value that points
   to nothing the graph knows holds no pointer to an object that may move:
   pointer bits that travel where the graph cannot follow them pin their
   object at {bytes}.  */
static bool
carries_pointees_p (escape_graph &g, const esc_edge &e)
{
  if (e.derefs <= 0)
    return e.derefs < 0 || !bitmap_empty_p (g.locs[e.src].pts);
  auto_bitmap pointees (&g.pts_obstack);
  esc_val v = { e.src, e.derefs, false };
  add_pointees (g, v, pointees);
  return !bitmap_empty_p (pointees);
}

/* The part of the source of edge E, a whole copy, that lands in PART of its
   destination; E writes into PART.  */
static esc_range
copied_part (const esc_edge &e, esc_range part)
{
  unsigned from = MAX (part.off, e.part.off);
  unsigned to = MIN (part.off + part.size, e.part.off + e.part.size);
  esc_range src = { from - e.part.off, to - from };
  return src;
}

/* Whether edge E into an object brings PART of its source object to a known
   place: it assigns the source whole, at a known part.  */
static bool
copies_parts_p (const esc_edge &e, esc_range part)
{
  return e.whole_copy && e.part.size && part.size;
}

/* Copies of copies followed through their parts; past them a part is taken
   as all its object holds.  */
static const int MAX_COPY_DEPTH = 8;

/* Whether PART of object O may hold a pointer: code the graph does not see
   may have written into O, or some edge writes a pointer into that part, or
   copies it from a part of another object that may hold one.  DEPTH counts
   the copies followed.  */
static bool
holds_pointer_p (escape_graph &g, unsigned o, esc_range part, int depth = 0)
{
  const vec<esc_edge> &in = g.locs[o].in;
  if (written_unseen_p (g.locs[o]) || in.length () > MAX_WRITES_SCANNED
      || depth > MAX_COPY_DEPTH)
    return true;
  for (const esc_edge &e : in)
    if (overlap_p (e.part, part)
	&& (copies_parts_p (e, part)
	    ? holds_pointer_p (g, e.src, copied_part (e, part), depth + 1)
	    : carries_pointees_p (g, e)))
      return true;
  return false;
}

/* Send to {bytes} what object O holds, if read R may read some of it.  */
static void
read_object (escape_graph &g, unsigned o, const esc_read &r)
{
  if (holds_pointer_p (g, o, r.part))
    g.add_edge (BYTES_LOC, o, 0, r.stmt, ER_BYTES);
}

void
resolve_reads (escape_graph &g)
{
  for (const esc_read &r : g.reads)
    {
      if (r.derefs < 0)
	{
	  read_object (g, r.base, r);
	  continue;
	}
      bitmap pts = g.locs[r.base].pts;
      if (bitmap_bit_p (pts, ANY_LOC))
	{
	  g.add_edge (BYTES_LOC, r.base, 1, r.stmt, ER_BYTES);
	  continue;
	}
      unsigned o;
      bitmap_iterator bi;
      EXECUTE_IF_SET_IN_BITMAP (pts, 0, o, bi)
	if (object_p (g.locs[o]))
	  read_object (g, o, r);
    }
}

/* The node for PART of what parameter PARAM points to, made on first use and
   named by REF, the first reference that reads it, or 0 once the function has
   MAX_PARAM_PARTS of them.  It holds what is outside the frame: the caller's
   memory.  */
static unsigned
param_part_node (escape_graph &g, unsigned param, esc_range part, tree ref)
{
  for (const param_part &pp : g.param_parts)
    if (pp.param == param && pp.part.off == part.off && pp.part.size == part.size)
      return pp.loc;
  if (g.param_parts.length () == MAX_PARAM_PARTS)
    return 0;
  unsigned loc = g.new_loc (LK_TEMP, ref);
  bitmap_set_bit (g.locs[loc].pts, HEAP_LOC);
  param_part pp = { param, part, loc };
  g.param_parts.safe_push (pp);
  return loc;
}

/* Why an edge into load L's value exists: a load with no reference is a
   callee's, at the call.  */
static edge_reason
load_reason (const esc_load &l)
{
  return l.ref ? ER_LOAD : ER_CALL_ARG;
}

/* Record a load of PART of what WHERE designates (locate_part, with PARAMS),
   named by REF (NULL: a callee's load), by the statement being built, and push
   its value on OUT.  Where the base may point to what parameters point to, the
   load reads their part nodes for that; the only other memory outside the
   frame it may point to is a global's, whose contents hold only what
   escaped, as those nodes do.  */
static void
add_load (escape_graph &g, const esc_val &where, esc_range part, tree ref,
	  const vec<unsigned> &params, val_list &out)
{
  auto_vec<unsigned, 4> nodes;
  for (unsigned p : params)
    {
      unsigned n = param_part_node (g, p, part, ref);
      if (!n)
	{
	  nodes.truncate (0);
	  break;
	}
      nodes.safe_push (n);
    }
  unsigned temp = g.new_loc (LK_TEMP);
  esc_load l = { temp, where.loc, where.derefs + 1, part, g.stmt, ref,
		 BITMAP_ALLOC (&g.pts_obstack), false, !nodes.is_empty () };
  g.loads.safe_push (l);
  for (unsigned n : nodes)
    g.add_edge (temp, n, 0, g.stmt, load_reason (l));
  push_val (out, temp, 0);
}

bool
load_part (escape_graph &g, tree ref, val_list &out)
{
  if (!handled_component_p (ref)
      && !(TREE_CODE (ref) == MEM_REF && !integer_zerop (TREE_OPERAND (ref, 1))))
    return false;
  tree base;
  esc_range part = ref_part (ref, &base);
  esc_val where;
  auto_vec<unsigned, 4> params;
  if (!base || !locate_part (g, base, &part, &where, params) || where.loc == HEAP_LOC)
    return false;
  add_load (g, where, part, ref, params, out);
  return true;
}

bool
load_part_through (escape_graph &g, tree ptr, esc_range part, val_list &out)
{
  esc_val where;
  auto_vec<unsigned, 4> params;
  if (!locate_part (g, ptr, &part, &where, params) || where.loc == HEAP_LOC)
    return false;
  add_load (g, where, part, NULL_TREE, params, out);
  return true;
}

/* The part node of object O for PART: a location that receives what the edges
   into O write into PART, made on first use and named by REF, the first
   reference that reads it (NULL for a part read through a copy).  An edge
   that copies another object whole brings that object's part node for the
   part copied (up to MAX_COPY_DEPTH copies deep, DEPTH counting them; past
   that, all the object holds).  New nodes are pushed on ADDED, each after
   those it reads.  */
static unsigned
part_node (escape_graph &g, unsigned o, esc_range part, tree ref,
	   vec<new_edges> &added, int depth = 0)
{
  for (unsigned i = g.locs[o].first_part; i; i = g.part_nodes[i - 1].next)
    if (g.part_nodes[i - 1].part.off == part.off
	&& g.part_nodes[i - 1].part.size == part.size)
      return g.part_nodes[i - 1].loc;
  unsigned loc = g.new_loc (LK_TEMP, ref);
  esc_part_node n = { part, o, loc, g.locs[o].first_part, false, false };
  g.part_nodes.safe_push (n);
  g.locs[o].first_part = g.part_nodes.length ();
  if (g.locs[o].in.length () > MAX_WRITES_SCANNED)
    {
      g.part_nodes.last ().whole = true;
      g.add_edge (loc, o, 0, NULL, ER_LOAD);
    }
  else
    for (unsigned i = 0; i < g.locs[o].in.length (); i++)
      {
	esc_edge e = g.locs[o].in[i];
	if (!overlap_p (e.part, part))
	  continue;
	unsigned src = e.src;
	if (copies_parts_p (e, part) && depth < MAX_COPY_DEPTH)
	  src = part_node (g, e.src, copied_part (e, part), NULL_TREE, added,
			   depth + 1);
	g.add_edge (loc, src, e.derefs, e.stmt, e.reason, e.opaque, e.part);
      }
  new_edges fresh = { loc, 0 };
  added.safe_push (fresh);
  return loc;
}

void
write_part_nodes (escape_graph &g, unsigned o, const esc_edge &edge,
		  vec<unsigned> &touched)
{
  esc_edge e = edge;
  for (unsigned i = g.locs[o].first_part; i; i = g.part_nodes[i - 1].next)
    if (overlap_p (e.part, g.part_nodes[i - 1].part))
      {
	unsigned loc = g.part_nodes[i - 1].loc;
	g.add_edge (loc, e.src, e.derefs, e.stmt, e.reason, e.opaque, e.part);
	touched.safe_push (loc);
      }
}

/* Give load L the edge from SRC with DEREFS dereferences, and push it on ADDED.  */
static void
add_load_edge (escape_graph &g, const esc_load &l, unsigned src, int derefs,
	       vec<new_edges> &added)
{
  new_edges n = { l.temp, g.locs[l.temp].in.length () };
  g.add_edge (l.temp, src, derefs, l.stmt, load_reason (l));
  added.safe_push (n);
}

/* Give load L an edge from object O's part node, unless it has it; push the
   new edges on ADDED, after those of the part nodes made for it.  */
static void
load_from_object (escape_graph &g, esc_load &l, unsigned o, vec<new_edges> &added)
{
  if (bitmap_set_bit (l.from_part, o))
    add_load_edge (g, l, part_node (g, o, l.part, l.ref, added), 0, added);
}

/* Give part node N an edge from SRC; push it on ADDED.  */
static void
add_part_source (escape_graph &g, const esc_part_node &n, unsigned src,
		 vec<new_edges> &added)
{
  new_edges fresh = { n.loc, g.locs[n.loc].in.length () };
  g.add_edge (n.loc, src, 0, NULL, ER_LOAD);
  added.safe_push (fresh);
}

/* Once code the graph does not see may have written into the object of a
   part node, the node reads all the object holds: what was written so is in
   the object's points-to set, not in its edges.  Once a function of this unit
   may have, the node reads what {heap} holds as well: such a function writes
   pointers to objects outside the frame, or values its summary leaks, which
   the call sends wherever they go (calls.cc), and a value that moved from one
   part into another so has escaped from both.  Push the new edges on ADDED.  */
static void
read_unseen_writes (escape_graph &g, vec<new_edges> &added)
{
  for (esc_part_node &n : g.part_nodes)
    if (!n.whole && written_unseen_p (g.locs[n.obj]))
      {
	n.whole = true;
	add_part_source (g, n, n.obj, added);
      }
    else if (!n.whole && !n.reads_heap && g.locs[n.obj].heap_written)
      {
	n.reads_heap = true;
	add_part_source (g, n, HEAP_LOC, added);
      }
}

void
resolve_loads (escape_graph &g, vec<new_edges> &added)
{
  read_unseen_writes (g, added);
  for (esc_load &l : g.loads)
    {
      if (l.from_base)
	continue;
      if (!l.derefs)
	{
	  load_from_object (g, l, l.base, added);
	  continue;
	}
      bitmap pts = g.locs[l.base].pts;
      bool any = bitmap_bit_p (pts, ANY_LOC)
		 || (bitmap_bit_p (pts, HEAP_LOC) && !l.outside_by_params);
      unsigned o;
      bitmap_iterator bi;
      if (!any)
	EXECUTE_IF_SET_IN_BITMAP (pts, 0, o, bi)
	  {
	    if (o == HEAP_LOC)
	      continue;
	    if (!object_p (g.locs[o]))
	      {
		any = true;
		break;
	      }
	    load_from_object (g, l, o, added);
	  }
      if (any)
	{
	  l.from_base = true;
	  add_load_edge (g, l, l.base, 1, added);
	}
    }
}

/* Whether parts A and B overlap or touch: their hull adds no byte.  */
static bool
adjoining_p (esc_range a, esc_range b)
{
  return (uint64_t) a.off <= (uint64_t) b.off + b.size
	 && (uint64_t) b.off <= (uint64_t) a.off + a.size;
}

static esc_range
hull (esc_range a, esc_range b)
{
  unsigned off = MIN (a.off, b.off);
  esc_range h = { off, MAX (a.off + a.size, b.off + b.size) - off };
  return h;
}

void
add_read (param_leak &leak, esc_range part)
{
  if (leak.to.bytes <= 1)
    return;
  for (unsigned i = 0; i < leak.nreads; i++)
    if (adjoining_p (leak.reads[i], part))
      {
	leak.reads[i] = hull (leak.reads[i], part);
	return;
      }
  if (leak.nreads < MAX_READS)
    leak.reads[leak.nreads++] = part;
  else
    leak.reads[MAX_READS - 1] = hull (leak.reads[MAX_READS - 1], part);
}

/* Each of A's levels lowered to B's where B's is lower.  */
static void
lower_levels (leak_levels &a, const leak_levels &b)
{
  a.heap = MIN (a.heap, b.heap);
  a.result = MIN (a.result, b.result);
  a.freed = MIN (a.freed, b.freed);
  a.bytes = MIN (a.bytes, b.bytes);
}

/* Forget each level of A that WHOLE, reached with no more dereferences,
   covers: what reaches a root also brings everything it points to.  */
static void
drop_covered (leak_levels &a, const leak_levels &whole)
{
  if (whole.heap <= a.heap)
    a.heap = NOT_REACHED;
  if (whole.result <= a.result)
    a.result = NOT_REACHED;
  if (whole.freed <= a.freed)
    a.freed = NOT_REACHED;
  if (whole.bytes <= a.bytes)
    a.bytes = NOT_REACHED;
}

void
add_part_leak (param_leak &leak, part_leak p)
{
  drop_covered (p.to, leak.to);
  if (p.to.heap == NOT_REACHED && p.to.result == NOT_REACHED
      && p.to.freed == NOT_REACHED && p.to.bytes == NOT_REACHED)
    return;
  for (unsigned i = 0; i < leak.nparts; i++)
    if (leak.parts[i].part.off == p.part.off && leak.parts[i].part.size == p.part.size)
      {
	lower_levels (leak.parts[i].to, p.to);
	return;
      }
  if (leak.nparts < MAX_PART_LEAKS)
    {
      leak.parts[leak.nparts++] = p;
      return;
    }
  part_leak &last = leak.parts[MAX_PART_LEAKS - 1];
  last.part = hull (last.part, p.part);
  lower_levels (last.to, p.to);
}

param_leak
leak_as_whole (const param_leak &leak)
{
  param_leak whole;
  memset (&whole, 0, sizeof whole);
  param_leak folded = leak;
  fold_stores (folded);
  whole.to = folded.to;
  if (leak.nreads)
    whole.to.bytes = MIN (whole.to.bytes, 1);
  for (unsigned i = 0; i < leak.nparts; i++)
    lower_levels (whole.to, leak.parts[i].to);
  return whole;
}

int
param_part_dist (const escape_graph &g, unsigned param, root r, unsigned *from)
{
  int best = NOT_REACHED;
  for (const param_part &pp : g.param_parts)
    {
      int d = g.locs[pp.loc].dist[r];
      if (pp.param == param && d != NOT_REACHED && MAX (d, 0) + 1 < best)
	{
	  best = MAX (d, 0) + 1;
	  *from = pp.loc;
	}
    }
  return best;
}
