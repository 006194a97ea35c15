/* The pass after GCC's regular IPA passes, when they have made their clones
   and decided what to inline, before any function is compiled further: in cc1
   at -O1 and above, and in lto1's whole-program stage (WPA), the last point at
   which one process sees the whole program's call graph.  It prepares what the
   pass after inlining needs: summaries for the clones (clones.cc) and, in WPA,
   which functions are never active twice (recursion.cc), both attached to
   their functions for the LTRANS processes (streamed.cc).  A regular IPA pass
   without summaries of its own, so that it runs among the passes that make the
   clones; a thin shell.  */

#include "gimple/escape.h"
#include "plugin/options.h"

namespace {

const pass_data pass_data_escape_ipa = {
  IPA_PASS,		/* type */
  "escape_ipa",		/* name */
  OPTGROUP_NONE,	/* optinfo_flags */
  TV_PLUGIN_RUN,	/* tv_id */
  0,			/* properties_required */
  0,			/* properties_provided */
  0,			/* properties_destroyed */
  0,			/* todo_flags_start */
  0,			/* todo_flags_finish */
};

class pass_escape_ipa : public ipa_opt_pass_d
{
public:
  pass_escape_ipa (gcc::context *ctxt)
    : ipa_opt_pass_d (pass_data_escape_ipa, ctxt, NULL, NULL, NULL, NULL, NULL, NULL, 0,
		      NULL, NULL) {}

  bool gate (function *) final override
  {
    return promotions_planned_p () && optimize && !seen_error ();
  }

  unsigned int execute (function *) final override
  {
    summarize_clones ();
    if (flag_wpa)
      publish_recursion_facts ();
    return 0;
  }
};

} // namespace

opt_pass *
make_pass_escape_ipa (gcc::context *ctxt)
{
  return new pass_escape_ipa (ctxt);
}
