/* Whether an SSA name's value may still be used after a statement: the question
   promote.cc asks when a site in a loop runs again (is any pointer to the block
   it allocated last time still live?).  GCC keeps no liveness for SSA names
   between passes, and one question per candidate name is cheaper than all of
   it: a name is live just before statement S when a use of it can be reached
   from S without passing its definition.  So, per name: the blocks it is live
   out of, found backwards from its uses (a use in a PHI is a use at the end of
   the edge's source block) until its defining block, then S's place in its own
   block.  */

#include "gimple/escape.h"

/* Mark LIVE_OUT with every block NAME is live out of; DEF_BB defines it.  */
static void
live_out_blocks (tree name, basic_block def_bb, bitmap live_out)
{
  auto_vec<basic_block, 16> live_in;
  auto_bitmap seen_in;
  imm_use_iterator it;
  use_operand_p use;
  FOR_EACH_IMM_USE_FAST (use, it, name)
    {
      gimple *user = USE_STMT (use);
      if (is_gimple_debug (user))
	continue;
      if (gphi *phi = dyn_cast <gphi *> (user))
	{
	  basic_block src = gimple_phi_arg_edge (phi, PHI_ARG_INDEX_FROM_USE (use))->src;
	  if (bitmap_set_bit (live_out, src->index) && src != def_bb
	      && bitmap_set_bit (seen_in, src->index))
	    live_in.safe_push (src);
	}
      else if (gimple_bb (user) != def_bb && bitmap_set_bit (seen_in, gimple_bb (user)->index))
	live_in.safe_push (gimple_bb (user));
    }
  while (!live_in.is_empty ())
    {
      basic_block bb = live_in.pop ();
      edge e;
      edge_iterator ei;
      FOR_EACH_EDGE (e, ei, bb->preds)
	if (bitmap_set_bit (live_out, e->src->index) && e->src != def_bb
	    && bitmap_set_bit (seen_in, e->src->index))
	  live_in.safe_push (e->src);
    }
}

/* Whether the value SSA name NAME holds just before statement STMT may be used
   afterwards.  */
bool
ssa_live_before_p (tree name, gimple *stmt)
{
  gimple *def = SSA_NAME_DEF_STMT (name);
  basic_block bb = gimple_bb (stmt);
  basic_block def_bb = gimple_nop_p (def) ? ENTRY_BLOCK_PTR_FOR_FN (cfun) : gimple_bb (def);
  /* Uses after STMT in its block, unless the definition comes first.  */
  bool after = false;
  for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi); gsi_next (&gsi))
    {
      gimple *s = gsi_stmt (gsi);
      if (s == def && (after || s == stmt))
	return false;
      if (after && !is_gimple_debug (s))
	{
	  ssa_op_iter oi;
	  tree used;
	  FOR_EACH_SSA_TREE_OPERAND (used, s, oi, SSA_OP_USE)
	    if (used == name)
	      return true;
	}
      after |= s == stmt;
    }
  auto_bitmap live_out;
  live_out_blocks (name, def_bb, live_out);
  return bitmap_bit_p (live_out, bb->index);
}
