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
   another build's code.  The kernel copies the code out of this file into a
   file in TMPDIR or /tmp, loaded and removed, or where that cannot be loaded
   (a noexec /tmp), into an anonymous file (memfd) seen through /proc; the
   compiler's memory does not grow by a second copy.  */

#include "gcc-plugin.h"
#include "plugin-version.h"
#include "plugin/core.h"
#include <dlfcn.h>
#include <link.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/sendfile.h>

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

/* dl_iterate_phdr callback: the offset in its object's file of the byte at
   address *DATA, into *DATA, if that object holds it.  */
static int
file_offset_of (struct dl_phdr_info *info, size_t, void *data)
{
  ElfW(Addr) *where = (ElfW(Addr) *) data;
  for (int i = 0; i < info->dlpi_phnum; i++)
    {
      const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
      ElfW(Addr) start = info->dlpi_addr + ph->p_vaddr;
      if (ph->p_type == PT_LOAD && *where >= start && *where < start + ph->p_filesz)
	{
	  *where = *where - start + ph->p_offset;
	  return 1;
	}
    }
  return 0;
}

/* Copy the bytes of escape-core.so into OUT: from this plugin's file PLUGIN
   (the kernel copies, so the compiler does not grow by what it would read),
   or from memory if that file cannot be read.  Whether all were copied.  */
static bool
copy_core (const char *plugin, int out)
{
  size_t size = escape_core_image_end - escape_core_image;
  ElfW(Addr) where = (ElfW(Addr)) escape_core_image;
  int in = open (plugin, O_RDONLY | O_CLOEXEC);
  if (in >= 0 && dl_iterate_phdr (file_offset_of, &where))
    {
      off_t offset = where;
      size_t left = size;
      while (left > 0)
	{
	  ssize_t n = sendfile (out, in, &offset, left);
	  if (n <= 0)
	    break;
	  left -= n;
	}
      close (in);
      if (left == 0)
	return true;
      if (ftruncate (out, 0) != 0 || lseek (out, 0, SEEK_SET) != 0)
	return false;
    }
  else if (in >= 0)
    close (in);
  for (const char *p = escape_core_image; p < escape_core_image_end;)
    {
      ssize_t n = write (out, p, escape_core_image_end - p);
      if (n < 0 && errno == EINTR)
	continue;
      if (n <= 0)
	return false;
      p += n;
    }
  return true;
}

/* Load escape-core.so, copied out of PLUGIN, as GCC loads a plugin: from a
   file made in TMPDIR or /tmp and removed once loaded (valgrind reads its
   symbols there), else, where that cannot be loaded (a noexec /tmp), from an
   anonymous file seen through /proc.  NULL if neither loads; dlerror says
   why.  */
static void *
load_core (const char *plugin)
{
  void *handle = NULL;
  const char *dir = getenv ("TMPDIR");
  char *path;
  if (asprintf (&path, "%s/escape-core.XXXXXX", dir && *dir ? dir : "/tmp") >= 0)
    {
      int fd = mkstemp (path);
      if (fd >= 0)
	{
	  bool copied = copy_core (plugin, fd);
	  close (fd);
	  if (copied)
	    handle = dlopen (path, RTLD_NOW | RTLD_GLOBAL);
	  unlink (path);
	}
      free (path);
      if (handle)
	return handle;
    }
  int fd = memfd_create (ESCAPE_CORE_FILE, MFD_CLOEXEC);
  if (fd >= 0)
    {
      char proc[32];
      snprintf (proc, sizeof proc, "/proc/self/fd/%d", fd);
      if (copy_core (plugin, fd))
	handle = dlopen (proc, RTLD_NOW | RTLD_GLOBAL);
      close (fd);
    }
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

  void *handle = load_core (info->full_name);
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
