/* The escape.so that GCC loads for -fplugin=escape: a small object that refers
   to no symbol of GCC, so that it loads into any GCC.  Its plugin_init checks
   that the running GCC is the one the plugin was built for and says which one
   and how to rebuild if not, instead of the mangled undefined symbol that
   loading the plugin's code into another GCC fails with.  Then it loads that
   code, escape-core.so, as GCC loads a plugin, and hands over to its entry
   point.

   The code is inside this object (make links escape-core.so's bytes in), so
   the plugin is one file: a build cache that hashes the file -fplugin= names
   (ccache) sees every change of the code, a distributed build that ships that
   file (icecream) ships all of it, and no install can pair a loader with
   another build's code.  It is loaded from an anonymous file (memfd) where
   /proc shows one, else from a file in TMPDIR or /tmp, removed once loaded
   (a chroot without /proc: icecream's compile nodes).  */

#include "gcc-plugin.h"
#include "plugin-version.h"
#include "plugin/core.h"
#include <dlfcn.h>
#include <sys/mman.h>

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

/* The bytes of escape-core.so (ESCAPE_CORE_PATH, given by make).  */
asm (".section .rodata\n"
     "\t.balign 16\n"
     "\t.globl escape_core_image\n"
     "\t.hidden escape_core_image\n"
     "escape_core_image:\n"
     "\t.incbin \"" ESCAPE_CORE_PATH "\"\n"
     "\t.globl escape_core_image_end\n"
     "\t.hidden escape_core_image_end\n"
     "escape_core_image_end:\n"
     "\t.previous\n");
extern "C" const char escape_core_image[], escape_core_image_end[];

/* Write the bytes of escape-core.so into FD; whether all were written.  */
static bool
write_core (int fd)
{
  for (const char *p = escape_core_image; p < escape_core_image_end;)
    {
      ssize_t n = write (fd, p, escape_core_image_end - p);
      if (n < 0 && errno == EINTR)
	continue;
      if (n <= 0)
	return false;
      p += n;
    }
  return true;
}

/* Load escape-core.so from a file holding its bytes, as GCC loads a plugin:
   an anonymous one seen through /proc, else one made in TMPDIR or /tmp and
   removed once loaded.  NULL if neither loads; dlerror says why.  */
static void *
load_core (void)
{
  void *handle = NULL;
  int fd = memfd_create (ESCAPE_CORE_FILE, MFD_CLOEXEC);
  if (fd >= 0)
    {
      char path[32];
      snprintf (path, sizeof path, "/proc/self/fd/%d", fd);
      if (write_core (fd))
	handle = dlopen (path, RTLD_NOW | RTLD_GLOBAL);
      close (fd);
      if (handle)
	return handle;
    }
  const char *dir = getenv ("TMPDIR");
  char *path;
  if (asprintf (&path, "%s/escape-core.XXXXXX", dir && *dir ? dir : "/tmp") < 0)
    return NULL;
  fd = mkstemp (path);
  if (fd >= 0)
    {
      bool written = write_core (fd);
      close (fd);
      if (written)
	handle = dlopen (path, RTLD_NOW | RTLD_GLOBAL);
      unlink (path);
    }
  free (path);
  return handle;
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

  void *handle = load_core ();
  if (!handle)
    {
      const char *why = dlerror ();
      loader_error ("cannot load the plugin's code: %s",
		    why ? why : "no file to load it from (memfd, TMPDIR, /tmp)");
      return 1;
    }

  plugin_init_func init = (plugin_init_func) dlsym (handle, ESCAPE_CORE_INIT);
  if (!init)
    {
      loader_error ("the plugin's code has no entry point %s: %s", ESCAPE_CORE_INIT,
		    dlerror ());
      return 1;
    }
  return init (info, version);
}
