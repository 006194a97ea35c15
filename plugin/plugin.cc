/* Plugin entry: check that the plugin runs in the GCC it was built for, parse the
   arguments, and insert the escape pass after build_ssa_passes, where every function
   of the unit is in SSA form and nothing has been optimized yet, and the pass after
   inlining (late.cc) before the first object-size pass of the post-IPA pipeline,
   right after its first constant propagation.  */

#include "gimple/escape.h"
#include "plugin-version.h"
#include "context.h"
#include "plugin/options.h"
#include "plugin/attributes.h"
#include "plugin/conversions.h"

int plugin_is_GPL_compatible;

/* The GCC version this plugin was built for.  The testsuite builds a copy that
   pretends to be built for another version to check the mismatch error.  */
#ifdef ESCAPE_FAKE_GCC_BASEVER
static const char *const built_for = ESCAPE_FAKE_GCC_BASEVER;
#else
static const char *const built_for = gcc_version.basever;
#endif

static struct plugin_info escape_plugin_info = {
  "0.1",
  "Go-style escape analysis for C.  Arguments: -fplugin-arg-escape-m[=1|2]"
};

/* The compiler driver the user ran, for the rebuild hint.  */
static const char *
driver_name (void)
{
  const char *driver = getenv ("COLLECT_GCC");
  return driver ? lbasename (driver) : "gcc";
}

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

static bool
same_gcc_p (struct plugin_gcc_version *version)
{
  return !strcmp (version->basever, built_for)
	 && !strcmp (version->datestamp, gcc_version.datestamp)
	 && !strcmp (version->devphase, gcc_version.devphase)
	 && !strcmp (version->revision, gcc_version.revision);
}

int
plugin_init (struct plugin_name_args *info, struct plugin_gcc_version *version)
{
  if (!same_gcc_p (version))
    {
      error ("escape: plugin %qs was built for GCC %s (%s) but is loaded into GCC %s "
	     "(%s); rebuild the plugin with this compiler (./configure CC=%s && make)",
	     info->full_name, built_for, gcc_version.datestamp, version->basever,
	     version->datestamp, driver_name ());
      return 1;
    }
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
