/* What the loader (plugin/loader.cc, the escape.so that GCC loads) and the
   plugin's code (escape-core.so, entry in plugin/plugin.cc, linked into the
   loader) agree on: the name of the code's file, and the name of its entry
   point, which takes the arguments GCC gives plugin_init.  */

#ifndef ESCAPE_CORE_H
#define ESCAPE_CORE_H

#define ESCAPE_CORE_FILE "escape-core.so"
#define ESCAPE_CORE_INIT "escape_core_init"

extern "C" int escape_core_init (struct plugin_name_args *info,
				 struct plugin_gcc_version *version);

#endif
