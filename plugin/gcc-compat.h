/* What differs between the GCC versions the plugin builds with, so that one
   source tree serves them all, in the manner of the Linux kernel's
   scripts/gcc-plugins/gcc-common.h: each difference once, here, as the newer
   GCC's interface.  Included after GCC's own headers (gimple/escape.h).  */

#ifndef ESCAPE_GCC_COMPAT_H
#define ESCAPE_GCC_COMPAT_H

#include "bversion.h"

#if BUILDING_GCC_MAJOR < 12
/* GCC 12 added startswith to system.h.  */
static inline bool
startswith (const char *str, const char *prefix)
{
  return strncmp (str, prefix, strlen (prefix)) == 0;
}

/* GCC 12 keys warning suppression by option; GCC 11 can only suppress every
   warning about a tree.  */
static inline void
suppress_warning (tree t, opt_code)
{
  TREE_NO_WARNING (t) = 1;
}

/* Codes GCC 11 does not have: as case labels, values no call carries.  */
#define BUILT_IN_DYNAMIC_OBJECT_SIZE END_BUILTINS
#define IFN_DEFERRED_INIT IFN_LAST
#endif

/* Line LINE of source file FILE, through the diagnostics' file cache, which
   GCC 14 made a member of the diagnostic context.  */
static inline char_span
source_line (const char *file, int line)
{
#if BUILDING_GCC_MAJOR >= 14
  return global_dc->get_file_cache ().get_source_line (file, line);
#else
  return location_get_source_line (file, line);
#endif
}

/* Whether diagnostics are printed as text, GCC's default: its JSON and SARIF
   formats print diagnostic paths themselves, without the text printer's hook
   (a member GCC 14 renamed).  */
static inline bool
text_diagnostics_p (void)
{
#if BUILDING_GCC_MAJOR >= 14
  return global_dc->m_print_path != NULL;
#else
  return global_dc->print_path != NULL;
#endif
}

/* Whether the pass after inlining runs.  Under GCC 11 it moved a block in a
   function recursive through a function pointer (run-recursion-callback.c
   crashed): the recursion facts it relies on are not known to hold there, so
   only the first pass promotes.  */
#define ESCAPE_PROMOTE_AFTER_INLINING (BUILDING_GCC_MAJOR >= 12)

#endif
