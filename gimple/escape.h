/* Escape analysis for C on GIMPLE, in the manner of Go's cmd/compile/internal/escape.

   The analysis runs once per translation unit, as a simple IPA pass placed right after
   GCC's build_ssa_passes: every function is in SSA form and no optimization has run yet,
   so the result is the same at every -O level.

   Graph.  For each function we build a directed graph of locations.  A location stands
   for something that holds a value: an SSA name, a local variable in memory (its
   contents), the incoming value of a parameter, a heap allocation site (the contents of
   the allocated block), the function's result, and one shared pseudo-location {heap}
   for everything outside the frame (globals, the heap, unknown callers and callees).
   An edge  dst <-(d)- src  says that dst receives a value derived from src with d
   dereferences: d = -1 is "dst = &src", 0 is "dst = src", 1 is "dst = *src", and so on.
   Edges are never below -1: C cannot take the address of an address.

   Stores.  Go sends every store through a pointer to the heap.  C code keeps small
   structures in locals and in blocks it allocates itself, so we do better: a store
   "*p = v" becomes a store node T with T <-(0)- v, and T flows into every location p may
   point to.  Which locations those are is a points-to question, answered by a small
   field-insensitive inclusion analysis over the same graph (solve.cc): pts(l) is the set
   of objects whose address l may hold; {heap} in pts(l) means "some object we do not
   own".  A store through a pointer that may point outside the frame flows to {heap}.
   Objects whose address escapes hold {heap} themselves: code we cannot see may have
   stored anything into them.  A set that would hold more than 32 locations collapses
   to {any}, every location whose address is taken, so that no set grows with the
   function: field-insensitive sets otherwise can, and the cost with them.

   Solving.  As in Go, escape is reachability with a dereference count: walking edges
   backwards from a root, we compute for every location the minimum number of
   dereferences with which its value reaches the root.  A location reached with -1 has
   its address flow to the root.  For the {heap} root that location escapes; its
   contents then flow as values, so the walk continues from it at 0 (Go's "derefs lower
   bound").  The result is a second root: a parameter reaching it with d dereferences
   "leaks to result level=d"; an object whose address reaches it is returned, so it
   escapes too.  Escapes add {heap} to points-to sets, which may resolve more stores to
   {heap}; the two steps repeat until nothing changes (monotone, so it ends).

   Bytes.  A pointer's bits can also move without a pointer type: a character or
   other narrow load of memory that holds a pointer, a conversion of a pointer to a
   narrower integer or a float, memcpy between objects of different types, a string
   or stream function that copies what it reads.  Each of these sends what it reads
   to a third sink, {bytes}: the analysis cannot follow the copy, so an object whose
   address reaches {bytes} is never moved to the stack (it does not escape either:
   most such reads are of characters, not of pointers).  C's effective-type rules
   forbid most of these reads (an int read of a pointer's bytes), but GCC compiles
   them as the programmer meant, at every -O level: no load is exempt for its type.
   A narrow load at a known place reads only its part of the object (parts.cc): the
   graph records which part of an object each edge into it writes, and the load
   sends the object to {bytes} only if some edge writes into the part it reads, so
   reading h->tag does not pin the block h->ptr points to.

   Calls.  A call to a function defined in this unit uses that function's summary: for
   each parameter, the dereference count with which it leaks to {heap}, to the
   result, to what the function frees and to {bytes}, the same for each field of
   what it points to whose value leaks on its own (parts.cc), and whether the
   callee writes pointers into memory it does not own.  Under -flto the summaries travel with their
   functions to the link, where the pass after inlining uses them across units.
   Functions are analysed callee-first by strongly connected components of the call
   graph; the members of a recursive component start from an empty summary and are
   re-analysed until their summaries stop changing (Go's bottom-up batches).  Library
   functions are modelled through GCC's own fnspec strings first, then through a small
   table of C library functions that never capture their pointer arguments (calls.cc);
   anything else is an unknown callee: every pointer argument escapes.

   Files: graph.cc (locations and edges), build.cc (GIMPLE statements to edges),
   calls.cc (call sites), callbacks.cc (which calls may run code of the
   program), parts.cc (parts of objects that narrow loads read), stores.cc
   (stores through parameters),
   solve.cc (points-to, walks), summary.cc (call graph order and
   summaries), recursion.cc (which functions may be active twice), report.cc (-m
   diagnostics and -m=2 explanations), structured.cc (their form in JSON and
   SARIF), remarks.cc (-fopt-info and the optimization record), promote.cc (the rewrite), liveness.cc (what
   is live when a site runs again), hardening.cc (what
   sanitizers allow), suggest.cc (-suggest), pass.cc (the pass), late.cc (the pass
   after inlining), streamed.cc (what travels with functions under -flto),
   clones.cc (summaries of IPA clones), ipa.cc (the pass after the IPA passes),
   profile.cc (instrumentation for the heap lifetime profile), guard.cc (frees
   and reallocs that check for promoted blocks);
   plugin/attributes.cc holds the attributes the plugin adds, plugin/conversions.cc
   the check of conversions to function pointer types that promise them.  */

#ifndef ESCAPE_ESCAPE_H
#define ESCAPE_ESCAPE_H

#include "gcc-plugin.h"
#include "system.h"
#include "coretypes.h"
#include "backend.h"
#include "tree.h"
#include "gimple.h"
#include "tree-pass.h"
#include "ssa.h"
#include "cgraph.h"
#include "gimple-iterator.h"
#include "diagnostic.h"
#include "attr-fnspec.h"
#include "internal-fn.h"
#include "pretty-print.h"
#include "tree-dfa.h"
#include "alias.h"
#include "attribs.h"
#include "plugin/gcc-compat.h"

/* What a location stands for.  */
enum loc_kind
{
  LK_HEAP,	/* Everything outside the frame: globals, the heap, unknown code.  */
  LK_RESULT,	/* The function's return value.  */
  LK_FREE,	/* Everything passed to free, realloc or a callee that frees it.  */
  LK_BYTES,	/* Everything whose bits are copied where the graph cannot follow.  */
  LK_SSA,	/* An SSA name.  */
  LK_DECL,	/* A local variable or parameter kept in memory: its contents.  */
  LK_PARAM,	/* The value a parameter arrives with.  */
  LK_ALLOC,	/* A heap allocation site: the contents of the block.  */
  LK_STACK,	/* An alloca'd block: like LK_DECL, but without a name.  */
  LK_TEMP,	/* A store node or an intermediate of a multi-level flow.  */
  LK_ANY	/* In a points-to set: any location whose address is taken.  */
};

/* Why an edge exists; shown by -m=2.  */
enum edge_reason
{
  ER_ASSIGN, ER_ADDRESS, ER_LOAD, ER_STORE, ER_CALL_ARG, ER_CALL_RESULT,
  ER_RETURN, ER_ASM, ER_RETURNED, ER_CONSERVATIVE, ER_BYTES
};

/* A dereference count large enough to mean "never reached".  */
const int NOT_REACHED = 1 << 20;

/* A part of an object: SIZE bytes from byte OFF; SIZE 0 is the whole object.  */
struct esc_range
{
  unsigned off, size;
};
const esc_range WHOLE_OBJECT = { 0, 0 };

/* dst <-(derefs)- src, stored with dst.  */
struct esc_edge
{
  unsigned src;
  int derefs;
  gimple *stmt;
  esc_range part;	/* What part of DST, an object, the edge writes.  */
  edge_reason reason;
  bool opaque;		/* A typed integer load: hidden from the typed walks.  */
  bool whole_copy;	/* PART receives SRC's bytes from its start, in order.  */
  bool into_caller;	/* From a parameter's store node (stores.cc) to {heap}.  */
};

/* The roots the solver walks from.  The typed walks skip values loaded from
   memory as integers of a type that cannot alias a pointer (p->len), as a reader
   of the source sees them; they give the parameter diagnostics.  Everything else
   uses the untyped walks, which also follow pointers stored as such integers.  */
enum root
{
  ROOT_HEAP, ROOT_RESULT, ROOT_FREE, ROOT_BYTES, ROOT_TYPED_HEAP, ROOT_TYPED_RESULT,
  N_ROOTS
};

/* How a walk reached a location: through edge EDGE of location DST, when the
   distance of DST was negative (its address reached the root) if DST_ADDRESS.  */
struct esc_via
{
  unsigned dst;
  unsigned edge;
  bool dst_address;
};

struct esc_loc
{
  loc_kind kind;
  tree var;		/* SSA name, decl or PARM_DECL; for a part node, the
			   reference that names it; NULL otherwise.  */
  gcall *call;		/* The allocation call for LK_ALLOC.  */
  vec<esc_edge> in;	/* Edges into this location.  */
  bitmap pts;		/* Objects whose address this location may hold.  */
  int dist[N_ROOTS];	/* Minimum derefs to each root.  */
  /* The step of each walk's shortest path from here: [r][0] from the value,
     [r][1] from the address (set once the distance is negative).  */
  esc_via via[N_ROOTS][2];
  /* The step by which each walk first reached here: always to a location it
     had reached before, so these steps lead to the root without a cycle.  */
  esc_via first[N_ROOTS];
  unsigned first_part;	/* For an object, its first part node (parts.cc), + 1.  */
  bool escaped;		/* Address reaches {heap}: known to the points-to step.  */
  bool clobbered;	/* Unknown code may write into it (apply_clobbers).  */
  bool heap_written;	/* A summarized callee may store pointers to objects
			   outside the frame into it (apply_clobbers).  */
  bool returned;	/* Address reaches the result: edge to {heap} added.  */
};


/* Whether L is memory of the frame: a local variable, a heap block, an alloca'd
   block.  */
inline bool
object_p (const esc_loc &l)
{
  return l.kind == LK_DECL || l.kind == LK_ALLOC || l.kind == LK_STACK;
}

/* Where a function's body may be inlined, before inlining, into a frame that
   may be active twice: into FRAME (a function's name), or where UNSEEN says
   (frames this unit does not show).  Both NULL: nowhere.  */
struct esc_landing
{
  const char *frame;
  const char *unseen;
};

/* A value flowing somewhere: location LOC with DEREFS dereferences.  */
struct esc_val
{
  unsigned loc;
  int derefs;
  bool opaque;		/* Read from memory as a typed integer.  */
  bool whole_copy;	/* All of object LOC, assigned as it is (x = decl).  */
};
typedef auto_vec<esc_val, 4> val_list;

/* "*BASE = ..." where TEMP holds the stored values; RESOLVED collects the
   targets already given an edge.  */
struct esc_store
{
  unsigned temp;
  unsigned base;
  bitmap resolved;
  esc_range part;	/* What part of each target it writes.  */
  bool merged;		/* Feeds MERGED_STORES_LOC: its base points to many objects.  */
};

/* A narrow read (parts.cc): the bytes PART of the object BASE is (DEREFS -1) or
   of each object BASE points to (DEREFS 0) go to {bytes}, if the graph wrote
   something there.  */
struct esc_read
{
  unsigned base;
  int derefs;
  esc_range part;
  gimple *stmt;
};

/* A load of a value that may hold a pointer, from PART of the object BASE is
   (DEREFS 0) or of each object BASE points to (DEREFS 1), into TEMP: TEMP
   receives what the edges into each such object write into PART (parts.cc).  */
struct esc_load
{
  unsigned temp;
  unsigned base;
  int derefs;
  esc_range part;
  gimple *stmt;
  tree ref;		/* What the load reads, as written: names part nodes.  */
  bitmap from_part;	/* Objects whose part node flows into TEMP.  */
  bool from_base;	/* TEMP <-(DEREFS)- BASE added: it reads anything.  */
  bool outside_by_params;	/* What BASE may point to outside the frame is
				   read through parameters' part nodes
				   (param_part), which flow into TEMP.  */
};

/* What the edges into object OBJ write into PART: LOC receives it, once
   unseen code may have written into OBJ (WHOLE), all OBJ holds, and once a
   summarized callee may have (READS_HEAP), what {heap} holds.  The part
   nodes of one object are chained by NEXT (an index + 1, 0 ends).  */
struct esc_part_node
{
  esc_range part;
  unsigned obj;
  unsigned loc;
  unsigned next;
  bool whole;
  bool reads_heap;
};

/* A narrow read of PART of what parameter PARAM (by position) points to.  */
struct param_read
{
  unsigned param;
  esc_range part;
};

/* Parts of what a parameter points to that a summary lists as read.  */
const unsigned MAX_READS = 16;

/* The node standing for PART of what parameter PARAM (by position) points to,
   where a load reads it (parts.cc): location LOC, a source whose distances
   say where that part's value goes.  */
struct param_part
{
  unsigned param;
  esc_range part;
  unsigned loc;
};

/* A store into PART of what parameter PARAM (by position) points to, through
   its incoming value (stores.cc): location LOC receives what is stored.  */
struct param_store
{
  unsigned param;
  esc_range part;
  unsigned loc;
};

/* The dereference counts with which a parameter's value reaches each root, or
   NOT_REACHED.  */
struct leak_levels
{
  int heap;	/* {heap}.  */
  int result;	/* The function's result.  */
  int freed;	/* What the function frees.  */
  int bytes;	/* What it copies where the graph cannot follow.  */
};

/* Where the value held in PART of what a parameter points to goes, counted
   from the parameter (so at least 1).  */
struct part_leak
{
  esc_range part;
  leak_levels to;
};

/* Parts of what a parameter points to that a summary lists as leaking.  */
const unsigned MAX_PART_LEAKS = 16;

/* A parameter's value stored, with DEREFS dereferences, into PART of what
   parameter INTO points to (stores.cc).  */
struct stored_leak
{
  unsigned into;
  esc_range part;
  int derefs;
};

/* Stores of one parameter into what others point to that a summary lists.  */
const unsigned MAX_STORED_LEAKS = 4;

/* Per-parameter result of the analysis of a function.  Plain data of 32-bit
   fields: summaries are compared with memcmp.  */
struct param_leak
{
  leak_levels to;
  unsigned nreads;	/* Besides: parts of what it points to read as bytes.  */
  esc_range reads[MAX_READS];
  unsigned nparts;	/* And parts of it whose values leak, by part.  */
  part_leak parts[MAX_PART_LEAKS];
  unsigned nstored;	/* And where it is stored into its caller's memory.  */
  stored_leak stored[MAX_STORED_LEAKS];
};

/* What callers need to know about a function.  */
struct esc_summary
{
  vec<param_leak> params;
  bool writes_foreign;	/* May store pointer-carrying data into memory it does not own.  */
  bool frees_unguarded;	/* May free without the guard runtime's check (guard.cc).  */
};

/* A call that may free (or reallocate) the objects VAL points to, and whether
   it checks the guard runtime's table first (guard.cc).  */
struct callee_free
{
  esc_val val;
  gcall *call;
  bool guarded;
};

class escape_graph
{
public:
  explicit escape_graph (function *fn);
  ~escape_graph ();

  unsigned new_loc (loc_kind kind, tree var = NULL_TREE, gcall *call = NULL);
  unsigned ssa_loc (tree name);
  unsigned decl_loc (tree decl);
  void add_edge (unsigned dst, unsigned src, int derefs, gimple *stmt, edge_reason why,
		 bool opaque = false, esc_range part = WHOLE_OBJECT,
		 bool whole_copy = false);
  void add_store (unsigned temp, unsigned base, esc_range part = WHOLE_OBJECT);
  void give_up (gimple *stmt, const char *why);

  function *fn;
  vec<esc_loc> locs;
  vec<esc_store> stores;
  vec<esc_read> reads;
  vec<esc_load> loads;
  vec<esc_part_node> part_nodes;
  vec<param_read> param_reads;
  vec<param_part> param_parts;
  vec<param_store> param_stores;
  vec<unsigned> clobbers;	/* Locations whose reachable objects unknown code may write.  */
  /* Locations whose reachable objects a summarized callee may write: what it
     writes there points outside the frame, or is a value its summary leaks.  */
  vec<unsigned> heap_writes;
  vec<unsigned> params;		/* Incoming-value location of each PARM_DECL, or 0.  */
  vec<unsigned> allocs;		/* LK_ALLOC locations in statement order.  */
  vec<unsigned> ssa_locs;	/* By SSA_NAME_VERSION; 0 = none yet.  */
  hash_map<tree, unsigned> decl_locs;
  bitmap_obstack pts_obstack;
  bitmap addressed;		/* Locations whose address is taken: what ANY_LOC means.  */
  bitmap all_contents;		/* {heap} and the points-to sets of all of them.  */
  bitmap merged_targets;	/* Where MERGED_STORES_LOC flows; ANY_LOC: everywhere.  */
  vec<gcall *> frees;		/* Calls of free in this function.  */
  vec<callee_free> callee_frees;	/* Arguments of callees that may free them.  */
  const char *gave_up;		/* Why the function is analysed as "everything escapes".  */
  gimple *gave_up_stmt;
  bool writes_foreign;
  bool frees_unguarded;		/* Some call may free without the guard's check.  */
  const char *recursion;	/* NULL, or why it may be active twice (may_recurse).  */
  esc_landing landing;		/* Before inlining: where its body may be inlined
				   into such a frame (may_land_in_recursion).  */
  unsigned HOST_WIDE_INT frame_used;	/* Bytes promotion already put in the frame.  */
  gimple *stmt;			/* The statement build_graph is turning into edges.  */
};

/* Location 0 is {heap}, location 1 the result, location 2 the free sink, location 3
   the merged store node, location 4 the collapsed points-to set, location 5 the
   {bytes} sink, in every graph.  */
const unsigned HEAP_LOC = 0;
const unsigned RESULT_LOC = 1;
const unsigned FREE_LOC = 2;

/* Stores through pointers with collapsed points-to sets go through this one node,
   which flows into each of their targets: edges grow with stores plus targets, not
   with their product.  */
const unsigned MERGED_STORES_LOC = 3;

/* A points-to set too large to keep (solve.cc) collapses to this location (and
   {heap}, if it held {heap}): it stands for every location whose address is taken.  */
const unsigned ANY_LOC = 4;

/* What is copied as bytes or as values of a non-pointer type flows here.  */
const unsigned BYTES_LOC = 5;

/* Whether location L is a sink: nothing flows out of it.  */
inline bool
sink_p (unsigned l)
{
  return l == HEAP_LOC || l == FREE_LOC || l == BYTES_LOC;
}

/* The location each root's walk starts from.  */
inline unsigned
root_loc (root r)
{
  return r == ROOT_HEAP || r == ROOT_TYPED_HEAP ? HEAP_LOC
	 : r == ROOT_RESULT || r == ROOT_TYPED_RESULT ? RESULT_LOC
	 : r == ROOT_FREE ? FREE_LOC : BYTES_LOC;
}


/* build.cc */
bool carries_pointer_p (const_tree type);
bool local_memory_p (const_tree decl);
void value_of (escape_graph &g, tree t, val_list &out);
void flow_values (escape_graph &g, unsigned dst, const val_list &vals, gimple *stmt,
		  edge_reason why, esc_range part = WHOLE_OBJECT);
void assign_to (escape_graph &g, tree lhs, const val_list &vals, gimple *stmt,
		edge_reason why);
void store_through (escape_graph &g, const val_list &ptrs, const val_list &vals,
		    gimple *stmt, edge_reason why, esc_range part = WHOLE_OBJECT);
unsigned flow_to_temp (escape_graph &g, const esc_val &v, gimple *stmt);
void push_val (val_list &out, unsigned loc, int derefs);
void copy_as_bytes (escape_graph &g, const val_list &vals, int shift);
void build_graph (escape_graph &g);

/* parts.cc */
/* Record a load of REF, of a type that cannot hold a pointer, as a read of the
   part of an object it reads; false if that part is not known.  */
bool read_part (escape_graph &g, tree ref);
/* Record a load of REF, of a type that may hold a pointer, as a load of the
   part of an object it reads, and push its value on OUT; false if that part is
   not known or is all of the object.  */
bool load_part (escape_graph &g, tree ref, val_list &out);
/* Record a load of PART of what PTR points to, by the statement being built (a
   call whose callee loads it), and push its value on OUT; false if that part
   is not known.  */
bool load_part_through (escape_graph &g, tree ptr, esc_range part, val_list &out);
/* Edges FIRST.. of location LOC are new: its points-to set has yet to take
   what they bring.  */
struct new_edges
{
  unsigned loc;
  unsigned first;
};
/* Give each load an edge from what it may read that it does not have yet;
   push on ADDED the new edges, in the order their points-to sets must be
   computed.  */
void resolve_loads (escape_graph &g, vec<new_edges> &added);
/* Edge E was just added into object O: add it to O's part nodes it writes
   into, and push those on TOUCHED.  */
void write_part_nodes (escape_graph &g, unsigned o, const esc_edge &e,
		       vec<unsigned> &touched);
/* Whether REF is a known part of what the incoming value of a parameter points
   to: its position into *PARAM, the part into *PART.  */
bool param_part_of (escape_graph &g, tree ref, unsigned *param, esc_range *part);
/* Whether PTR holds the incoming value of a parameter, or the address of a
   known part of what it points to: its position into *PARAM, and *PART, a
   part of what PTR points to, moved to the parameter's.  */
bool param_pointer_part (escape_graph &g, tree ptr, esc_range *part, unsigned *param);
/* PART of what PTR points to, as a part of the object PTR points into, or the
   whole object if that is not known.  */
esc_range part_through (escape_graph &g, tree ptr, esc_range part);
/* The statement being built passes PTR to a parameter that LEAK describes:
   record the reads of what PTR points to that LEAK lists.  */
void read_parts_through (escape_graph &g, tree ptr, const param_leak &leak);
/* The part of its targets that a store to LHS writes.  */
esc_range write_part (escape_graph &g, tree lhs);
/* Send to {bytes} what the reads may read; after points-to sets are complete.  */
void resolve_reads (escape_graph &g);
/* Add PART to the reads LEAK lists, unless its bytes leak covers them.  */
void add_read (param_leak &leak, esc_range part);
/* Add P to the part leaks LEAK lists, unless its whole leaks cover them.  */
void add_part_leak (param_leak &leak, part_leak p);
/* LEAK with its reads and part leaks taken as of everything its parameter
   points to.  */
param_leak leak_as_whole (const param_leak &leak);
/* The fewest dereferences, from parameter PARAM, with which some part of what
   it points to reaches root R through its part node, or NOT_REACHED; *FROM
   gets that node.  */
int param_part_dist (const escape_graph &g, unsigned param, root r, unsigned *from);

/* calls.cc */
enum alloc_kind
{
  AK_NONE, AK_MALLOC, AK_CALLOC, AK_REALLOC, AK_ALIGNED_ALLOC, AK_STRDUP, AK_STRNDUP,
  AK_ZALLOC,		/* A declared allocator that zeroes: malloc and memset.  */
  AK_MALLOC_ATTR
};
alloc_kind allocation_kind (const gcall *call);
bool allocates_p (function *fn);
bool free_call_p (const gcall *call);
void build_call (escape_graph &g, gcall *call);
const char *library_name (tree fn, bool any_environment = false);
bool library_function_p (tree fn);

/* callbacks.cc */
/* Whether NAME is one of the COUNT NAMES.  */
bool listed_p (const char *name, const char *const *names, unsigned count);
unsigned registered_handlers (void);
bool library_caller_p (tree fn);
bool library_call_calls_back_p (tree fn, const gcall *call, unsigned registered,
				vec<cgraph_node *> &callbacks);
bool may_call_back_p (tree fn);

/* solve.cc */
void solve_graph (escape_graph &g);
/* The minimum derefs from every location to {heap} into DIST, not through a
   parameter's store node: from the objects that escape, and from {heap}.  */
void walk_heap_not_into_caller (escape_graph &g, vec<int> &dist);
/* The minimum derefs from every location to location STORE into DIST, not
   through objects whose address reaches it, nor through {heap}.  */
void walk_to_caller_store (escape_graph &g, unsigned store, vec<int> &dist);
bool add_pointees (escape_graph &g, const esc_val &v, bitmap to);
bool may_point_to (const escape_graph &g, bitmap pts, unsigned o);
void push_pointees (const escape_graph &g, bitmap pts, vec<unsigned> &work,
		    bool *any_pushed);

/* stores.cc */
unsigned param_store_node (escape_graph &g, tree lhs);
void summarize_stores (escape_graph &g, vec<param_leak> &params, vec<int> &part_heap);
void replay_stores (escape_graph &g, gcall *call, const val_list &v,
		    const param_leak &leak);
void fold_stores (param_leak &leak);

/* recursion.cc */
/* The call graph over the functions with bodies in SSA form, by index; calls in
   inlined bodies count as calls of the function they were inlined into.  */
struct call_graph
{
  hash_map<cgraph_node *, unsigned> index;
  auto_vec<cgraph_node *> nodes;
  auto_vec<vec<unsigned> > succ, pred;
  auto_vec<const char *> opaque;	/* Why a node may call back unseen, or NULL.  */

  call_graph ();
  ~call_graph ();
};
void call_graph_components (const call_graph &cg, vec<vec<unsigned> > &out);
bool cyclic_component_p (const call_graph &cg, const vec<unsigned> &scc);
const char *may_recurse (tree fn);
esc_landing may_land_in_recursion (tree fn);
char *landing_reason (const esc_landing &l);
void publish_recursion_facts (void);
void forget_recursion (void);

/* summary.cc */
esc_summary *summary_for_decl (tree fn);
esc_summary *summary_for_call (const gcall *call);
esc_summary *summary_of_body (cgraph_node *node);
escape_graph *analyze_function (cgraph_node *node);
struct promotion;
typedef void (*promotion_reporter) (escape_graph &, const vec<promotion> &);
bool finish_function (escape_graph *g, promotion_reporter report);
void analyze_translation_unit (void);
void forget_analysis_facts (void);
void record_summary (tree fn, esc_summary *s);
void delete_summary (esc_summary *s);
void release_summaries (void);

/* streamed.cc */
void publish_summary (tree fn, const esc_summary &s);
void publish_once (tree fn);
esc_summary *streamed_summary (cgraph_node *node);
bool streamed_once_p (cgraph_node *node);
size_t written_name_length (const char *name);
void release_streamed_summaries (void);

/* clones.cc */
bool gcc_clone_p (cgraph_node *node);
void summarize_clones (void);

/* promote.cc */
struct promotion
{
  unsigned loc;			/* The LK_ALLOC location.  */
  bool moved;			/* Moved to the stack.  */
  char *why;			/* Otherwise why not, when promotion was asked for.  */
  unsigned HOST_WIDE_INT size;	/* Bytes of the stack object.  */
  bool variable;		/* Size known only at run time: guarded.  */
  unsigned align;		/* Alignment of the stack object, in bytes.  */
  bool sanitized;		/* Kept on the heap for the build's sanitizers.  */
  gcall *registered;		/* Moved, and registered with the guard runtime
				   because this guarded call may free it.  */
};
/* Why a site whose address reaches {bytes} stays on the heap.  */
#define BYTES_REASON "a pointer to it may be copied as bytes or as a non-pointer value"
void plan_promotions (escape_graph &g, vec<promotion> &plan);
void apply_promotions (escape_graph &g, const vec<promotion> &plan);
void keep_every_site (vec<promotion> &plan);
bool promoted_object_p (const_tree var);
unsigned HOST_WIDE_INT bytes_already_moved (function *fn);

/* profile.cc */
/* Instrument G's function for the heap lifetime profile: its frame and the
   token of each site, with the decisions of PLAN.  */
void instrument_for_profile (escape_graph &g, const vec<promotion> &plan);
/* After inlining: say in the token of each site PLAN moves that it moves.  */
void relabel_moved_sites (escape_graph &g, const vec<promotion> &plan);
void forget_profile_facts (void);
/* The function NAME of TYPE of the plugin's run-time libraries: leaf (it runs
   no code of the program, so no analysis counts it as a way back into the
   unit) and nothrow.  */
tree runtime_hook (const char *name, tree type);

/* guard.cc */
bool guarded_free_p (const gcall *call);
bool guarded_realloc_p (const gcall *call);
const char *freeing_function_name (const gcall *call);
void guard_frees (function *fn);
tree guard_full (gimple_seq *seq);
void guard_register (gimple_seq *seq, tree addr, tree bytes);
void guard_mark (gimple_seq *seq, tree var);
gimple_seq guard_release (tree var);

/* liveness.cc */
bool ssa_live_before_p (tree name, gimple *stmt);

/* hardening.cc */
/* Why the build's sanitizers forbid moving a site (of variable size if VARIABLE)
   to the stack, or NULL.  */
const char *sanitizer_veto (bool variable);

/* suggest.cc */
bool assumed_noescape_p (tree fn, unsigned argno);
bool assumed_leaf_p (tree fn);
void suggest_promises (escape_graph &g, const vec<promotion> &plan);
void emit_suggestions (void);

/* pass.cc, late.cc */
opt_pass *make_pass_escape (gcc::context *ctxt);
opt_pass *make_pass_escape_late (gcc::context *ctxt);
opt_pass *make_pass_escape_ipa (gcc::context *ctxt);
void prepare_after_inlining (void);

/* report.cc */
void report_function (escape_graph &g, const vec<promotion> &plan);
void dump_graph (escape_graph &g, FILE *out);
void report_after_inlining (escape_graph &g, const vec<promotion> &plan);
void late_pass_ran (void);
void emit_reports (void);
/* An error, emitted with the notes, sorted by location.  */
void add_error (location_t loc, const char *fmt, ...) ATTRIBUTE_PRINTF_2;
void emit_late_reports (void);
const char *loc_display_name (escape_graph &g, unsigned l, pretty_printer *pp);
char *explanation_text (escape_graph &g, unsigned from, root r);
void render_call (pretty_printer *pp, const gcall *call);
tree render_late_origin (pretty_printer *origin, escape_graph &g, const gcall *call,
			 location_t *at);

/* remarks.cc */
/* The optimization remarks of PLAN for G's function, if any are asked for.  */
void remark_promotions (escape_graph &g, const vec<promotion> &plan);

/* structured.cc */
/* A line of the -m=2 explanation of a result: its text, the function it
   explains and where the step it shows is.  */
struct explained_step
{
  const char *text;
  tree fn;
  location_t at;
};
/* Emit the note (or with ERROR, the error) TEXT at LOC: a result of the kind
   ID (NULL for none), explained by STEPS (shown as its path where the output
   format has paths; the steps are also notes of their own).  */
void emit_result (bool error, location_t loc, const char *id,
		  const vec<explained_step> &steps, const char *text);

#endif
