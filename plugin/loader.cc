/* The escape.so that GCC loads for -fplugin=escape: a small object that refers
   to no symbol of GCC, so that it loads into any GCC.  Its plugin_init checks
   that the running GCC is the one the plugin was built for and says which one
   and how to rebuild if not, instead of the mangled undefined symbol that
   loading the plugin's code into another GCC fails with.  Then it loads that
   code, escape-core.so from its own directory, as GCC loads a plugin, and
   hands over to its entry point.

   The loader carries the GNU build id of the escape-core.so it was linked
   with (core-build-id.h, written by make) and refuses another one: a partial
   install does not run mismatched halves, and a build cache that hashes the
   file -fplugin= names (ccache) sees a new escape.so whenever the code
   changes.  */

#include "gcc-plugin.h"
#include "plugin-version.h"
#include "plugin/core.h"
#include "core-build-id.h"
#include <dlfcn.h>
#include <link.h>

int plugin_is_GPL_compatible;

/* The GCC version this plugin was built for.  The testsuite builds a copy that
   pretends to be built for another version to check the mismatch error.  */
#ifdef ESCAPE_FAKE_GCC_BASEVER
static const char *const built_for = ESCAPE_FAKE_GCC_BASEVER;
#else
static const char *const built_for = gcc_version.basever;
#endif

/* An error in the form of GCC's ("cc1: error: escape: ...").  GCC's own
   diagnostic functions are what this object must not refer to.  */
static void ATTRIBUTE_PRINTF_1
loader_error (const char *fmt, ...)
{
  va_list ap;
  va_start (ap, fmt);
  fprintf (stderr, "%s: error: escape: ", program_invocation_short_name);
  vfprintf (stderr, fmt, ap);
  fputc ('\n', stderr);
  va_end (ap);
}

/* The compiler driver the user ran, for the rebuild hint.  */
static const char *
driver_name (void)
{
  const char *driver = getenv ("COLLECT_GCC");
  if (!driver)
    return "gcc";
  const char *slash = strrchr (driver, '/');
  return slash ? slash + 1 : driver;
}

static bool
same_gcc_p (struct plugin_gcc_version *version)
{
  return !strcmp (version->basever, built_for)
	 && !strcmp (version->datestamp, gcc_version.datestamp)
	 && !strcmp (version->devphase, gcc_version.devphase)
	 && !strcmp (version->revision, gcc_version.revision);
}

/* The loaded object whose load address is BIAS, and its GNU build id in hex
   once found.  */
struct build_id_search
{
  ElfW(Addr) bias;
  char hex[2 * 64 + 1];
};

/* dl_iterate_phdr callback: the build id note of the object sought.  */
static int
find_build_id (struct dl_phdr_info *info, size_t, void *data)
{
  build_id_search *search = (build_id_search *) data;
  if (info->dlpi_addr != search->bias)
    return 0;
  for (int i = 0; i < info->dlpi_phnum; i++)
    {
      const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
      if (ph->p_type != PT_NOTE)
	continue;
      const char *p = (const char *) (info->dlpi_addr + ph->p_vaddr);
      const char *end = p + ph->p_memsz;
      while (p + sizeof (ElfW(Nhdr)) <= end)
	{
	  const ElfW(Nhdr) *note = (const ElfW(Nhdr) *) p;
	  const unsigned char *desc = (const unsigned char *) (note + 1)
				      + ((note->n_namesz + 3) & ~3u);
	  if (note->n_type == NT_GNU_BUILD_ID && note->n_namesz == 4
	      && !memcmp (note + 1, "GNU", 4) && note->n_descsz <= 64)
	    {
	      for (unsigned j = 0; j < note->n_descsz; j++)
		sprintf (search->hex + 2 * j, "%02x", desc[j]);
	      return 1;
	    }
	  p = (const char *) desc + ((note->n_descsz + 3) & ~3u);
	}
    }
  return 1;
}

int
plugin_init (struct plugin_name_args *info, struct plugin_gcc_version *version)
{
  if (!same_gcc_p (version))
    {
      loader_error ("plugin '%s' was built for GCC %s (%s) but is loaded into GCC %s "
		    "(%s); rebuild the plugin with this compiler (./configure CC=%s && "
		    "make && make install)", info->full_name, built_for,
		    gcc_version.datestamp, version->basever, version->datestamp,
		    driver_name ());
      return 1;
    }

  const char *slash = strrchr (info->full_name, '/');
  int dir_len = slash ? slash - info->full_name + 1 : 0;
  char *core;
  if (asprintf (&core, "%.*s%s", dir_len, info->full_name, ESCAPE_CORE_FILE) < 0)
    {
      loader_error ("out of memory");
      return 1;
    }
  /* As GCC loads a plugin.  */
  void *handle = dlopen (core, RTLD_NOW | RTLD_GLOBAL);
  if (!handle)
    {
      loader_error ("cannot load the plugin's code: %s; reinstall the plugin "
		    "(make install)", dlerror ());
      return 1;
    }

  build_id_search search = { 0, "" };
  struct link_map *map;
  if (dlinfo (handle, RTLD_DI_LINKMAP, &map) == 0)
    {
      search.bias = map->l_addr;
      dl_iterate_phdr (find_build_id, &search);
    }
  if (strcmp (search.hex, ESCAPE_CORE_BUILD_ID))
    {
      loader_error ("'%s' (build id %s) is not the plugin code '%s' was built with "
		    "(build id %s); reinstall the plugin (make install)", core,
		    search.hex[0] ? search.hex : "none", info->full_name,
		    ESCAPE_CORE_BUILD_ID);
      return 1;
    }

  plugin_init_func init = (plugin_init_func) dlsym (handle, ESCAPE_CORE_INIT);
  if (!init)
    {
      loader_error ("'%s' has no entry point %s: %s; reinstall the plugin "
		    "(make install)", core, ESCAPE_CORE_INIT, dlerror ());
      return 1;
    }
  return init (info, version);
}
