/* The pass after inlining.  C programs allocate through wrappers (xmalloc), make
   objects in constructors and free them in destructors; before inlining each of
   these is a call the analysis can only summarize, and a block that crosses one
   stays on the heap.  Go runs its escape analysis after inlining for this reason.
   This second instance of the analysis runs in the post-IPA pipeline, on bodies
   with their callees inlined, in cc1 at -O1 and above and in lto1's LTRANS stage
   under -flto, where callees from other translation units are inlined too.  It
   runs after the first constant propagation of that pipeline, so that a size an
   inlined call passed as a constant is one again.

   It only promotes and explains: the -m notes of the first pass stay what they
   are at every -O level, and this pass adds "moved to stack: malloc(32) (inlined
   from xmalloc at lib/xmalloc.c:40)" at the call that was inlined, or "(after
   inlining)" for a site of the function itself ("(at link time)" in lto1); -m=2
   says why a site that came with an inlined body stays on the heap.  Its notes
   are printed, sorted, after the last function of the unit.

   What it knows: the summaries of the first pass for calls that were not inlined
   (in lto1, those its functions brought from their units, streamed.cc; an IPA
   clone has the summary of its original through its parameter changes,
   clones.cc), which functions may recurse (recursion.cc, computed again on the
   call graph IPA leaves, before the first function drops its edges), and the
   bytes already moved into the frame, by the first pass or by inlined callees'
   promotions, which count against the frame budget.  */

#include "gimple/escape.h"
#include "plugin/options.h"
#include "tree-ssa-alias.h"

/* Whether FN was written in C: the language of its translation unit (in lto1
   every unit keeps its own).  */
static bool
c_function_p (tree fn)
{
  const_tree unit = get_ultimate_context (fn);
  if (!unit || TREE_CODE (unit) != TRANSLATION_UNIT_DECL
      || !TRANSLATION_UNIT_LANGUAGE (unit))
    return false;
  const char *lang = TRANSLATION_UNIT_LANGUAGE (unit);
  return startswith (lang, "GNU C") && !startswith (lang, "GNU C++");
}

static void
promote_after_inlining (function *fn)
{
  /* Without an allocation site there is nothing to move or explain: no graph
     (unless graphs are dumped).  */
  if (!escape_opts.dump && !allocates_p (fn))
    {
      late_pass_ran ();
      return;
    }
  escape_graph *g = analyze_function (cgraph_node::get (fn->decl));
  g->frame_used = bytes_already_moved (fn);
  /* GCC's points-to sets, and the memory each call may use or clobber, were
     computed before the objects existed: compute them again, locally even under
     -fipa-pta, before any pass asks whether a call touches an object.  */
  if (finish_function (g, escape_opts.promote ? report_after_inlining : NULL))
    {
      fn->gimple_df->ipa_pta = false;
      compute_may_aliases ();
    }
}

/* After the IPA passes, before any function goes through the post-IPA pipeline
   (which drops each function's call graph edges as it starts): find which
   functions may recurse, on the call graph IPA left.  */
void
prepare_after_inlining (void)
{
  if (promotions_planned_p () && optimize && !seen_error ())
    {
      forget_analysis_facts ();
      may_recurse (NULL_TREE);
    }
}

namespace {

const pass_data pass_data_escape_late = {
  GIMPLE_PASS,		/* type */
  "escape_late",	/* name */
  OPTGROUP_OTHER,	/* optinfo_flags: -fopt-info (remarks.cc) */
  TV_PLUGIN_RUN,	/* tv_id */
  PROP_ssa | PROP_cfg,	/* properties_required */
  0,			/* properties_provided */
  0,			/* properties_destroyed */
  0,			/* todo_flags_start */
  0,			/* todo_flags_finish */
};

class pass_escape_late : public gimple_opt_pass
{
public:
  pass_escape_late (gcc::context *ctxt) : gimple_opt_pass (pass_data_escape_late, ctxt) {}

  bool gate (function *fn) final override
  {
    return promotions_planned_p () && optimize && !seen_error () && c_function_p (fn->decl);
  }

  unsigned int execute (function *fn) final override
  {
    promote_after_inlining (fn);
    return 0;
  }
};

} // namespace

opt_pass *
make_pass_escape_late (gcc::context *ctxt)
{
  return new pass_escape_late (ctxt);
}
