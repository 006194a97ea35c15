/* The pass: a simple IPA pass after build_ssa_passes that analyses the whole unit and
   prints its diagnostics.  A thin shell over analyze_translation_unit.  (GCC
   registers a plugin pass after it parses -fdump-* options, so the graphs are
   dumped with -fplugin-arg-escape-dump instead.)  */

#include "gimple/escape.h"
#include "plugin/options.h"
#include "plugin/attributes.h"
#include "plugin/conversions.h"
#include "langhooks.h"

namespace {

const pass_data pass_data_escape = {
  SIMPLE_IPA_PASS,	/* type */
  "escape",		/* name */
  OPTGROUP_OTHER,	/* optinfo_flags: -fopt-info (remarks.cc) */
  TV_PLUGIN_RUN,	/* tv_id: -ftime-report shows the pass as "plugin execution" */
  0,			/* properties_required */
  0,			/* properties_provided */
  0,			/* properties_destroyed */
  0,			/* todo_flags_start */
  0,			/* todo_flags_finish */
};

class pass_escape : public simple_ipa_opt_pass
{
public:
  pass_escape (gcc::context *ctxt) : simple_ipa_opt_pass (pass_data_escape, ctxt) {}

  bool gate (function *) final override
  {
    /* lto1 reads bodies that this pass has already seen in cc1.  A unit that
       declares noescape promises has them checked even without options.  */
    return (escape_opts.m || promotions_planned_p () || escape_opts.stats || escape_opts.dump
	    || escape_attributes_seen ())
	   && !seen_error () && !in_lto_p;
  }

  unsigned int execute (function *) final override
  {
    if (!lang_GNU_C ())
      {
	inform (UNKNOWN_LOCATION, "escape: only C is analysed; %s input is left alone",
		lang_hooks.name);
	return 0;
      }
    check_requests_without_body ();
    analyze_translation_unit ();
    forget_profile_facts ();
    emit_reports ();
    emit_suggestions ();
    return 0;
  }
};

} // namespace

opt_pass *
make_pass_escape (gcc::context *ctxt)
{
  return new pass_escape (ctxt);
}
