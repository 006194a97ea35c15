/* The plugin's options, parsed from -fplugin-arg-escape-KEY[=VALUE] (options.cc).  */

#ifndef ESCAPE_OPTIONS_H
#define ESCAPE_OPTIONS_H

struct plugin_argument;

struct escape_options
{
  int m;	/* -m: 0 silent, 1 diagnostics, 2 diagnostics with explanations.  */
};

extern escape_options escape_opts;

/* Parse ARGC arguments into escape_opts.  Report every bad argument with error ()
   and return false if there was any.  */
bool parse_escape_arguments (int argc, struct plugin_argument *argv);

#endif
