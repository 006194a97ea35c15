/* Summaries for IPA clones.  IPA constant propagation and IPA-SRA make copies of
   functions (foo.constprop.0, foo.isra.0) and send calls to them; a copy may lose
   parameters that became constants or were unused, take a piece of an aggregate
   in place of a pointer to it, or stop returning a value.  A clone is a new
   function to the pass after inlining: without a summary, every block passed to
   it escapes, and on real programs GCC clones many functions called once.

   After the regular IPA passes have made their clones, in cc1 and in lto1's
   whole-program stage (WPA), before any clone gets a body (ipa.cc), each clone
   of a function with a summary gets a summary derived through the clone's
   parameter adjustments, which always relate the clone to the function
   written: a parameter copied from original parameter I leaks as I does; a
   piece of original parameter I (a field of the aggregate I pointed to or held)
   leaks as what I points to, one dereference less (the parts of it I's summary
   reads or leaks taken as all of it), which is also sound for an
   aggregate passed by value; a parameter GCC made up leaks.  In cc1 the summary
   joins the others; in WPA it is attached to the clone (streamed.cc) under the
   clone's own name, so that it reaches the LTRANS stage with it.  Clones made
   later (simd clones, function splitting's .part) stay unknown.  */

#include "gimple/escape.h"
#include "alloc-pool.h"
#include "symbol-summary.h"
#include "symtab-clones.h"
#include "ipa-param-manipulation.h"

static int
one_deref_less (int derefs)
{
  return derefs == NOT_REACHED ? NOT_REACHED : MAX (derefs - 1, 0);
}

/* What reaches the clone's parameter from original parameter LEAK when the
   clone's parameter is the piece ADJ describes.  */
static param_leak
adjusted_leak (const param_leak &leak, const ipa_adjusted_param &adj)
{
  if (adj.op == IPA_PARAM_OP_COPY)
    {
      param_leak copy = leak;
      fold_stores (copy);
      return copy;
    }
  leak_levels whole = leak_as_whole (leak).to;
  param_leak piece = { { one_deref_less (whole.heap), one_deref_less (whole.result),
			 one_deref_less (whole.freed), one_deref_less (whole.bytes) } };
  return piece;
}

/* The summary of a clone whose original's summary is ORIG and whose parameters
   ADJ describes (NULL: the original's parameters).  */
static esc_summary *
summary_of_clone (const esc_summary &orig, ipa_param_adjustments *adj)
{
  esc_summary *s = new esc_summary;
  s->params = vNULL;
  s->writes_foreign = orig.writes_foreign;
  s->frees_unguarded = orig.frees_unguarded;
  if (!adj)
    {
      s->params = orig.params.copy ();
      return s;
    }
  unsigned i;
  ipa_adjusted_param *p;
  FOR_EACH_VEC_SAFE_ELT (adj->m_adj_params, i, p)
    {
      param_leak leak = { { 0, 0, 0, 0 } };
      if (p->op != IPA_PARAM_OP_NEW && p->base_index < orig.params.length ())
	leak = adjusted_leak (orig.params[p->base_index], *p);
      s->params.safe_push (leak);
    }
  return s;
}

/* Whether NODE is a copy GCC made of another function, whose parameters may
   differ from those of the function written.  In lto1 a clone whose body is in
   another partition keeps no link to its original; its name still shows it:
   GCC's clones are named NAME.SUFFIX.K (C names have no dot), its simd clones
   _ZGV...  */
bool
gcc_clone_p (cgraph_node *node)
{
  const char *name = IDENTIFIER_POINTER (DECL_ASSEMBLER_NAME (node->decl));
  return node->clone_of || node->former_clone_of || node->split_part || node->simdclone
	 || memchr (name, '.', written_name_length (name)) || startswith (name, "_ZGV");
}

/* The function NODE is a clone of, as written.  */
static cgraph_node *
original_of (cgraph_node *node)
{
  while (node->clone_of)
    node = node->clone_of;
  return node;
}

/* Give each clone of a function with a summary a summary of its own.  */
void
summarize_clones (void)
{
  cgraph_node *node;
  FOR_EACH_FUNCTION (node)
    if (node->clone_of && !node->inlined_to)
      {
	cgraph_node *orig_node = original_of (node);
	const esc_summary *orig = summary_of_body (orig_node);
	if (dump_file)
	  fprintf (dump_file, "%s: clone of %s, %s\n", node->dump_name (),
		   orig_node->dump_name (), orig ? "summarized" : "no summary");
	if (orig)
	  {
	    clone_info *info = clone_info::get (node);
	    record_summary (node->decl,
			    summary_of_clone (*orig, info ? info->param_adjustments : NULL));
	  }
      }
}
