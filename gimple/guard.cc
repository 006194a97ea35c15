/* Guarded frees (-fplugin-arg-escape-guard): blocks that callees free or grow
   with realloc may move to the stack.

   Real C hands short-lived blocks to helpers that release them (a cleanup
   function, a realloc that grows a buffer) while the allocating frame is still
   active.  Such a block could live in that frame, if every free and realloc
   that may receive it could tell it from a heap block.  The guard runtime
   (runtime/guard.c) keeps, per thread, a table of the promoted blocks a frame
   hands to such callees: their exact start and size.  __escape_free of a
   registered start does nothing, __escape_realloc of one copies the block to
   the heap; anything else goes to the C library.

   Rewriting.  Before the analysis builds a function's graph, every call of
   free and realloc in it becomes a call of __escape_free and __escape_realloc
   (guard_frees).  The graph then sees, in the body itself, which frees check
   the table: a call of plain free, of a declared deallocator, or of a callee
   whose summary says it may free unchecked, makes the function "frees
   unguarded" (calls.cc), and its summary says so.  A block is registered
   only when every call that may free it checks: a guarded free or realloc, or
   a function of this unit, or under -flto of another unit compiled with the
   guard, whose summary says every free in it checks.  A function in a unit
   without the plugin, or without the guard, has no such summary, and the block
   stays on the heap, as before.

   Registration (promote.cc).  A registered site asks the runtime for room
   first: the table is small, and when it is full the block goes to the heap,
   as the program asked.  Otherwise the block is made on the stack and its
   start and size registered.  The frame remembers the table's depth on entry
   and on entering each loop that holds a registered site, and gives the
   entries back before each return and on each back edge, where no block of
   the loop is live (the loop rule of plan_promotions).

   The rewrite of free and realloc is what makes a summary's "every free
   checks" true, so it happens in the first pass, before the body is streamed
   under -flto: the bodies that run are the bodies that were summarized.  */

#include "gimple/escape.h"
#include "gimple-fold.h"

static const char FREE_NAME[] = "__escape_free";
static const char REALLOC_NAME[] = "__escape_realloc";

/* Whether CALL calls the guard runtime's function NAME with NARGS arguments.  */
static bool
runtime_call_p (const gcall *call, const char *name, unsigned nargs)
{
  tree fn = gimple_call_fndecl (call);
  return fn && DECL_NAME (fn) && DECL_EXTERNAL (fn) && gimple_call_num_args (call) == nargs
	 && !strcmp (IDENTIFIER_POINTER (DECL_NAME (fn)), name);
}

bool
guarded_free_p (const gcall *call)
{
  return runtime_call_p (call, FREE_NAME, 1);
}

bool
guarded_realloc_p (const gcall *call)
{
  return runtime_call_p (call, REALLOC_NAME, 2);
}

/* The name of the function CALL, a call that may free, calls, as the user
   wrote it.  */
const char *
freeing_function_name (const gcall *call)
{
  if (guarded_realloc_p (call))
    return "realloc";
  if (guarded_free_p (call))
    return "free";
  tree fn = gimple_call_fndecl (call);
  return fn && DECL_NAME (fn) ? IDENTIFIER_POINTER (DECL_NAME (fn)) : "...";
}

/* The guard runtime's realloc: its new block has the size asked for, as
   realloc's has.  */
static tree
guarded_realloc_decl (void)
{
  tree fn = runtime_hook (REALLOC_NAME, build_function_type_list
			  (ptr_type_node, ptr_type_node, size_type_node, NULL_TREE));
  if (!lookup_attribute ("alloc_size", DECL_ATTRIBUTES (fn)))
    DECL_ATTRIBUTES (fn)
      = tree_cons (get_identifier ("alloc_size"),
		   build_tree_list (NULL_TREE, build_int_cst (integer_type_node, 2)),
		   DECL_ATTRIBUTES (fn));
  return fn;
}

/* Make every call of free and realloc in FN a call of the guard runtime's
   __escape_free and __escape_realloc.  */
void
guard_frees (function *fn)
{
  bool changed = false;
  basic_block bb;
  FOR_EACH_BB_FN (bb, fn)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi); gsi_next (&gsi))
      {
	gcall *call = dyn_cast <gcall *> (gsi_stmt (gsi));
	if (!call || guarded_free_p (call) || guarded_realloc_p (call))
	  continue;
	if (free_call_p (call))
	  gimple_call_set_fndecl (call, runtime_hook (FREE_NAME, build_function_type_list
						       (void_type_node, ptr_type_node,
							NULL_TREE)));
	else if (allocation_kind (call) == AK_REALLOC)
	  gimple_call_set_fndecl (call, guarded_realloc_decl ());
	else
	  continue;
	changed = true;
      }
  if (changed)
    {
      push_cfun (fn);
      cgraph_edge::rebuild_edges ();
      pop_cfun ();
    }
}

/* SEQ: call the runtime's function NAME, which returns RESULT (void_type_node:
   nothing), with the arguments A0 and A1 of the types they have, if given;
   return the value it returns.  */
static tree
append_runtime_call (gimple_seq *seq, const char *name, tree result,
		     tree a0 = NULL_TREE, tree a1 = NULL_TREE)
{
  tree type = build_function_type_list (result, a0 ? TREE_TYPE (a0) : NULL_TREE,
					a1 ? TREE_TYPE (a1) : NULL_TREE, NULL_TREE);
  gcall *c = gimple_build_call (runtime_hook (name, type), (a0 != NULL_TREE)
				+ (a1 != NULL_TREE), a0, a1);
  tree value = NULL_TREE;
  if (!VOID_TYPE_P (result))
    gimple_call_set_lhs (c, value = make_ssa_name (result));
  gimple_seq_add_stmt (seq, c);
  return value;
}

/* SEQ's test whether the runtime's table is full.  */
tree
guard_full (gimple_seq *seq)
{
  tree room = append_runtime_call (seq, "__escape_guard_room", integer_type_node);
  return gimple_build (seq, EQ_EXPR, boolean_type_node, room, integer_zero_node);
}

/* SEQ: register the BYTES bytes at ADDR, after guard_full said there is room.  */
void
guard_register (gimple_seq *seq, tree addr, tree bytes)
{
  append_runtime_call (seq, "__escape_guard_push", void_type_node,
		       gimple_convert (seq, ptr_type_node, addr),
		       gimple_convert (seq, size_type_node, bytes));
}

/* SEQ: remember the table's depth in VAR.  */
void
guard_mark (gimple_seq *seq, tree var)
{
  tree depth = append_runtime_call (seq, "__escape_guard_mark", unsigned_type_node);
  gimple_seq_add_stmt (seq, gimple_build_assign (var, depth));
}

/* Statements that give back the entries registered since VAR was marked.  */
gimple_seq
guard_release (tree var)
{
  gimple_seq seq = NULL;
  tree depth = make_ssa_name (unsigned_type_node);
  gimple_seq_add_stmt (&seq, gimple_build_assign (depth, var));
  append_runtime_call (&seq, "__escape_guard_release", void_type_node, depth);
  return seq;
}
