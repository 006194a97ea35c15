/* Plugin entry, called by the loader (plugin/loader.cc) once it has checked that
   the plugin runs in the GCC it was built for: parse the arguments, and insert the
   escape pass after build_ssa_passes, where every function of the unit is in SSA
   form and nothing has been optimized yet, and the pass after inlining (late.cc)
   before the first object-size pass of the post-IPA pipeline, right after its
   first constant propagation.  */

#include "gimple/escape.h"
#include "context.h"
#include "plugin/options.h"
#include "plugin/attributes.h"
#include "plugin/conversions.h"
#include "plugin/core.h"

/* GCC loads only the loader, which says the same; this object says it too.  */
int plugin_is_GPL_compatible;

static struct plugin_info escape_plugin_info = {
  "0.1",
  "Go-style escape analysis for C.  Arguments: -fplugin-arg-escape-m[=1|2]"
};

/* Insert PASS at POS relative to the first instance of pass REFERENCE.  */
static void
insert_pass (const char *plugin, opt_pass *pass, const char *reference,
	       enum pass_positioning_ops pos)
{
  struct register_pass_info info;
  info.pass = pass;
  info.reference_pass_name = reference;
  info.ref_pass_instance_number = 1;
  info.pos_op = pos;
  register_callback (plugin, PLUGIN_PASS_MANAGER_SETUP, NULL, &info);
}

static void
all_ipa_passes_end (void *, void *)
{
  prepare_after_inlining ();
}

/* After the last function: the notes of the pass after inlining; the summaries
   are no longer needed.  */
static void
finish_unit (void *, void *)
{
  emit_late_reports ();
  release_summaries ();
  release_promise_requests ();
}

int
escape_core_init (struct plugin_name_args *info, struct plugin_gcc_version *)
{
  if (!parse_escape_arguments (info->argc, info->argv))
    return 1;

  register_callback (info->base_name, PLUGIN_INFO, NULL, &escape_plugin_info);
  register_callback (info->base_name, PLUGIN_ATTRIBUTES, register_escape_attributes, NULL);
  register_conversion_checks (info->base_name);

  insert_pass (info->base_name, make_pass_escape (g), "build_ssa_passes",
	       PASS_POS_INSERT_AFTER);
  if (ESCAPE_PROMOTE_AFTER_INLINING)
    {
      insert_pass (info->base_name, make_pass_escape_ipa (g), "comdats",
		   PASS_POS_INSERT_AFTER);
      insert_pass (info->base_name, make_pass_escape_late (g), "objsz",
		   PASS_POS_INSERT_BEFORE);
      register_callback (info->base_name, PLUGIN_ALL_IPA_PASSES_END, all_ipa_passes_end,
			 NULL);
    }
  register_callback (info->base_name, PLUGIN_FINISH_UNIT, finish_unit, NULL);
  return 0;
}
