/* Plugin entry: check that the plugin runs in the GCC it was built for, parse the
   arguments, and insert the escape pass after build_ssa_passes, where every function
   of the unit is in SSA form and nothing has been optimized yet.  */

#include "gimple/escape.h"
#include "plugin-version.h"
#include "context.h"
#include "plugin/options.h"

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

  struct register_pass_info pass;
  pass.pass = make_pass_escape (g);
  pass.reference_pass_name = "build_ssa_passes";
  pass.ref_pass_instance_number = 1;
  pass.pos_op = PASS_POS_INSERT_AFTER;
  register_callback (info->base_name, PLUGIN_PASS_MANAGER_SETUP, NULL, &pass);
  return 0;
}
