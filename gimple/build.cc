/* Graph construction: one walk over the statements of a function turns each GIMPLE
   statement into edges of the escape graph.  An operand is evaluated into a list of
   (location, derefs) values (value_of); a destination receives them (assign_to): an SSA
   name or a local variable directly, a global through {heap}, memory reached through
   a pointer through a store node that the solver resolves, and a destination of a
   type that cannot hold a pointer through {bytes}.  A load of such a type sends
   what the memory it reads holds to {bytes} (load_bytes).  Calls are left to
   calls.cc.  */

#include "gimple/escape.h"

/* Whether a value of TYPE holds a pointer the graph follows.  Integers as wide as a
   pointer do: casts to uintptr_t and back are common C.  Anything else (narrower
   integers, booleans, floats, complex numbers) can hold only some of a pointer's
   bits, or hold them only as bits: values of these types that come from pointers
   go to {bytes}.  */
bool
carries_pointer_p (const_tree type)
{
  return POINTER_TYPE_P (type) || AGGREGATE_TYPE_P (type) || VECTOR_TYPE_P (type)
	 || (INTEGRAL_TYPE_P (type) && TREE_CODE (type) != BOOLEAN_TYPE
	     && TYPE_PRECISION (type) >= POINTER_SIZE);
}

/* Whether loads of TYPE may read the bytes of a pointer.  */
static bool
character_type_p (const_tree type)
{
  return INTEGRAL_TYPE_P (type) && TYPE_PRECISION (type) == BITS_PER_UNIT;
}

bool
local_memory_p (const_tree decl)
{
  return (VAR_P (decl) || TREE_CODE (decl) == PARM_DECL
	  || TREE_CODE (decl) == RESULT_DECL)
	 && !is_global_var (decl);
}

void
push_val (val_list &out, unsigned loc, int derefs)
{
  esc_val v = { loc, derefs, false, false };
  out.safe_push (v);
}

/* The address of memory reference REF.  */
static void
address_of (escape_graph &g, tree ref, val_list &out)
{
  tree base = get_base_address (ref);
  if (!base)
    push_val (out, HEAP_LOC, 0);
  else if (DECL_P (base))
    {
      if (local_memory_p (base))
	push_val (out, g.decl_loc (base), -1);
      else if (VAR_P (base))
	push_val (out, HEAP_LOC, 0);
    }
  else if (TREE_CODE (base) == MEM_REF || TREE_CODE (base) == TARGET_MEM_REF)
    value_of (g, TREE_OPERAND (base, 0), out);
}

/* Whether an access through REF may read a pointer stored as such: its alias
   type is a pointer's (GCC 14 reads a pointer given to atomic_exchange as an
   integer so) or can alias anything (character types, may_alias, the ref-all
   pointers GCC uses when it folds memcpy into integer moves).  */
static bool
may_alias_pointers_p (tree ref)
{
  tree ptr = reference_alias_ptr_type (ref);
  tree pointee = TREE_TYPE (ptr);
  return TYPE_REF_CAN_ALIAS_ALL (ptr) || POINTER_TYPE_P (pointee)
	 || character_type_p (pointee) || VOID_TYPE_P (pointee)
	 || lookup_attribute ("may_alias", TYPE_ATTRIBUTES (pointee));
}

/* Send VALS, with SHIFT more dereferences each, to {bytes}: their bits are
   copied where the graph cannot follow them.  */
void
copy_as_bytes (escape_graph &g, const val_list &vals, int shift)
{
  for (const esc_val &v : vals)
    g.add_edge (BYTES_LOC, v.loc, v.derefs + shift, g.stmt, ER_BYTES);
}

/* A load of REF, of a type that cannot hold a pointer: what it may read of a
   pointer goes to {bytes}.  A register (a view of an SSA name) is read whole;
   memory, only the part of it REF reads, where that is known (parts.cc).  */
static void
load_bytes (escape_graph &g, tree ref)
{
  tree base = get_base_address (ref);
  val_list vals;
  if (base && TREE_CODE (base) == SSA_NAME)
    {
      value_of (g, base, vals);
      copy_as_bytes (g, vals, 0);
      return;
    }
  if (read_part (g, ref))
    return;
  address_of (g, ref, vals);
  copy_as_bytes (g, vals, 1);
}

/* The value read from memory reference REF.  */
static void
load_from (escape_graph &g, tree ref, val_list &out)
{
  if (!carries_pointer_p (TREE_TYPE (ref)))
    {
      load_bytes (g, ref);
      return;
    }
  unsigned first = out.length ();
  tree base = get_base_address (ref);
  if (!base)
    push_val (out, HEAP_LOC, 0);
  else if (TREE_CODE (base) == SSA_NAME)
    value_of (g, base, out);
  else if (load_part (g, ref, out))
    ;
  else if (DECL_P (base))
    {
      if (local_memory_p (base))
	push_val (out, g.decl_loc (base), 0);
      else if (VAR_P (base))
	push_val (out, HEAP_LOC, 0);
    }
  else if (TREE_CODE (base) == MEM_REF || TREE_CODE (base) == TARGET_MEM_REF)
    {
      unsigned n = out.length ();
      value_of (g, TREE_OPERAND (base, 0), out);
      for (unsigned i = n; i < out.length (); i++)
	out[i].derefs++;
    }
  if (INTEGRAL_TYPE_P (TREE_TYPE (ref)) && !may_alias_pointers_p (ref))
    for (unsigned i = first; i < out.length (); i++)
      out[i].opaque = true;
}

/* The values operand T of a statement evaluates to.  */
void
value_of (escape_graph &g, tree t, val_list &out)
{
  switch (TREE_CODE (t))
    {
    case SSA_NAME:
      if (carries_pointer_p (TREE_TYPE (t)) && !virtual_operand_p (t))
	push_val (out, g.ssa_loc (t), 0);
      return;
    case ADDR_EXPR:
      address_of (g, TREE_OPERAND (t, 0), out);
      return;
    case CONSTRUCTOR:
      {
	unsigned i;
	tree v;
	FOR_EACH_CONSTRUCTOR_VALUE (CONSTRUCTOR_ELTS (t), i, v)
	  value_of (g, v, out);
	return;
      }
    case WITH_SIZE_EXPR:
    case VIEW_CONVERT_EXPR:
      if (!handled_component_p (t))
	value_of (g, TREE_OPERAND (t, 0), out);
      else
	load_from (g, t, out);
      return;
    default:
      if (CONSTANT_CLASS_P (t) || TREE_CODE (t) == FUNCTION_DECL
	  || TREE_CODE (t) == LABEL_DECL || TREE_CODE (t) == CONST_DECL)
	return;
      if (handled_component_p (t) || DECL_P (t) || TREE_CODE (t) == MEM_REF
	  || TREE_CODE (t) == TARGET_MEM_REF)
	load_from (g, t, out);
      else if (EXPR_P (t))
	for (int i = 0; i < TREE_OPERAND_LENGTH (t); i++)
	  if (TREE_OPERAND (t, i))
	    value_of (g, TREE_OPERAND (t, i), out);
    }
}

/* Add DST <- v for every value in VALS.  */
void
flow_values (escape_graph &g, unsigned dst, const val_list &vals, gimple *stmt,
	     edge_reason why, esc_range part)
{
  for (const esc_val &v : vals)
    {
      edge_reason r = why;
      if (why == ER_ASSIGN)
	r = v.derefs < 0 ? ER_ADDRESS : v.derefs > 0 ? ER_LOAD : ER_ASSIGN;
      g.add_edge (dst, v.loc, v.derefs, stmt, r, v.opaque, part, v.whole_copy);
    }
}

/* Store VALS into the memory LHS designates.  */
void
assign_to (escape_graph &g, tree lhs, const val_list &vals, gimple *stmt,
	   edge_reason why)
{
  if (vals.is_empty ())
    return;
  if (!carries_pointer_p (TREE_TYPE (lhs)))
    {
      flow_values (g, BYTES_LOC, vals, stmt, ER_BYTES);
      return;
    }
  if (TREE_CODE (lhs) == SSA_NAME)
    {
      flow_values (g, g.ssa_loc (lhs), vals, stmt, why);
      return;
    }
  tree base = get_base_address (lhs);
  if (base && DECL_P (base))
    {
      if (local_memory_p (base))
	flow_values (g, g.decl_loc (base), vals, stmt, why, write_part (g, lhs));
      else
	flow_values (g, HEAP_LOC, vals, stmt, why);
      return;
    }
  if (unsigned store = param_store_node (g, lhs))
    {
      flow_values (g, store, vals, stmt, why == ER_ASSIGN ? ER_STORE : why);
      return;
    }
  val_list ptrs;
  if (base && (TREE_CODE (base) == MEM_REF || TREE_CODE (base) == TARGET_MEM_REF))
    value_of (g, TREE_OPERAND (base, 0), ptrs);
  else
    push_val (ptrs, HEAP_LOC, 0);
  store_through (g, ptrs, vals, stmt, why == ER_ASSIGN ? ER_STORE : why,
		 write_part (g, lhs));
}

/* Store VALS into PART of the memory the pointers PTRS point to: one store node
   holds the values, and each pointer becomes a base the solver resolves to its
   targets.  */
void
store_through (escape_graph &g, const val_list &ptrs, const val_list &vals,
	       gimple *stmt, edge_reason why, esc_range part)
{
  if (vals.is_empty ())
    return;
  unsigned temp = g.new_loc (LK_TEMP);
  flow_values (g, temp, vals, stmt, why);
  for (const esc_val &p : ptrs)
    g.add_store (temp, flow_to_temp (g, p, stmt), part);
}

/* A location holding exactly the value V: V's own location when it has no
   dereferences, a new temporary otherwise.  */
unsigned
flow_to_temp (escape_graph &g, const esc_val &v, gimple *stmt)
{
  if (v.derefs == 0)
    return v.loc;
  unsigned t = g.new_loc (LK_TEMP);
  g.add_edge (t, v.loc, v.derefs, stmt, ER_ASSIGN);
  return t;
}

static void
build_assign (escape_graph &g, gassign *stmt)
{
  tree lhs = gimple_assign_lhs (stmt);
  if (gimple_clobber_p (stmt))
    return;
  enum tree_code code = gimple_assign_rhs_code (stmt);
  /* Comparisons yield truth values; the distance between two pointers carries
     neither (provenance stays with the pointer it is added back to).  */
  if (TREE_CODE_CLASS (code) == tcc_comparison || code == POINTER_DIFF_EXPR)
    return;
  val_list vals;
  if (gimple_assign_single_p (stmt))
    {
      tree rhs = gimple_assign_rhs1 (stmt);
      value_of (g, rhs, vals);
      /* An aggregate assigned whole from a local declaration: the parts of
	 the destination are the declaration's, in order (parts.cc).  */
      if (DECL_P (rhs) && local_memory_p (rhs) && TREE_CODE (rhs) != RESULT_DECL)
	for (esc_val &v : vals)
	  v.whole_copy = v.loc == g.decl_loc (rhs) && v.derefs == 0;
    }
  else
    for (unsigned i = (code == COND_EXPR) ? 2 : 1; i < gimple_num_ops (stmt); i++)
      value_of (g, gimple_op (stmt, i), vals);
  /* A pointer made from an integer may point anywhere: its bits may have been
     put together from pieces the graph does not follow.  */
  if (CONVERT_EXPR_CODE_P (code) && POINTER_TYPE_P (TREE_TYPE (lhs))
      && INTEGRAL_TYPE_P (TREE_TYPE (gimple_assign_rhs1 (stmt))))
    push_val (vals, HEAP_LOC, 0);
  assign_to (g, lhs, vals, stmt, ER_ASSIGN);
}

static void
build_phi (escape_graph &g, gphi *phi)
{
  tree res = gimple_phi_result (phi);
  if (virtual_operand_p (res) || !carries_pointer_p (TREE_TYPE (res)))
    return;
  val_list vals;
  for (unsigned i = 0; i < gimple_phi_num_args (phi); i++)
    value_of (g, gimple_phi_arg_def (phi, i), vals);
  flow_values (g, g.ssa_loc (res), vals, phi, ER_ASSIGN);
}

static void
build_return (escape_graph &g, greturn *stmt)
{
  tree val = gimple_return_retval (stmt);
  if (!val)
    return;
  val_list vals;
  value_of (g, val, vals);
  flow_values (g, RESULT_LOC, vals, stmt, ER_RETURN);
}

/* Inline asm can do anything with its operands: inputs and the addresses of memory
   operands escape, outputs receive values from {heap}.  */
static void
build_asm (escape_graph &g, gasm *stmt)
{
  val_list vals;
  for (unsigned i = 0; i < gimple_asm_ninputs (stmt); i++)
    {
      tree op = TREE_VALUE (gimple_asm_input_op (stmt, i));
      value_of (g, op, vals);
      if (!is_gimple_reg (op) && !CONSTANT_CLASS_P (op))
	address_of (g, op, vals);
    }
  for (unsigned i = 0; i < gimple_asm_noutputs (stmt); i++)
    {
      tree op = TREE_VALUE (gimple_asm_output_op (stmt, i));
      if (TREE_CODE (op) != SSA_NAME)
	address_of (g, op, vals);
    }
  flow_values (g, HEAP_LOC, vals, stmt, ER_ASM);
  val_list unknown;
  push_val (unknown, HEAP_LOC, 0);
  for (unsigned i = 0; i < gimple_asm_noutputs (stmt); i++)
    assign_to (g, TREE_VALUE (gimple_asm_output_op (stmt, i)), unknown, stmt, ER_ASM);
}

/* Create the incoming-value location of each parameter.  */
static void
build_params (escape_graph &g)
{
  for (tree parm = DECL_ARGUMENTS (g.fn->decl); parm; parm = DECL_CHAIN (parm))
    {
      unsigned l = 0;
      if (!is_gimple_reg (parm))
	{
	  l = g.new_loc (LK_PARAM, parm);
	  g.add_edge (g.decl_loc (parm), l, 0, NULL, ER_ASSIGN);
	}
      else if (tree def = ssa_default_def (g.fn, parm))
	l = g.ssa_loc (def);
      g.params.safe_push (l);
    }
}

static void
build_stmt (escape_graph &g, gimple *stmt)
{
  switch (gimple_code (stmt))
    {
    case GIMPLE_ASSIGN:
      build_assign (g, as_a <gassign *> (stmt));
      break;
    case GIMPLE_CALL:
      build_call (g, as_a <gcall *> (stmt));
      break;
    case GIMPLE_RETURN:
      build_return (g, as_a <greturn *> (stmt));
      break;
    case GIMPLE_ASM:
      build_asm (g, as_a <gasm *> (stmt));
      break;
    case GIMPLE_COND:
    case GIMPLE_SWITCH:
    case GIMPLE_LABEL:
    case GIMPLE_GOTO:
    case GIMPLE_DEBUG:
    case GIMPLE_NOP:
    case GIMPLE_PREDICT:
    case GIMPLE_RESX:
    case GIMPLE_EH_DISPATCH:
      break;
    default:
      g.give_up (stmt, "unsupported statement");
    }
}

void
build_graph (escape_graph &g)
{
  build_params (g);
  if (DECL_STATIC_CHAIN (g.fn->decl) || g.fn->has_nonlocal_label
      || g.fn->calls_setjmp)
    g.give_up (NULL, g.fn->calls_setjmp ? "function calls setjmp"
			: "nested function or nonlocal goto");
  basic_block bb;
  FOR_EACH_BB_FN (bb, g.fn)
    {
      for (gphi_iterator gsi = gsi_start_phis (bb); !gsi_end_p (gsi); gsi_next (&gsi))
	build_phi (g, gsi.phi ());
      for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	   gsi_next (&gsi))
	{
	  g.stmt = gsi_stmt (gsi);
	  build_stmt (g, g.stmt);
	}
    }
}
