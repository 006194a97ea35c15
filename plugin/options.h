/* The plugin's options, parsed from -fplugin-arg-escape-KEY[=VALUE] (options.cc).  */

#ifndef ESCAPE_OPTIONS_H
#define ESCAPE_OPTIONS_H

struct plugin_argument;

struct escape_options
{
  int m;		/* 0 silent, 1 diagnostics, 2 diagnostics with explanations.  */
  int promote;		/* Move non-escaping allocations to the stack.  */
  int promote_sanitized;	/* ... under sanitizers that check heap blocks too.  */
  int stats;		/* Print one summary line per translation unit.  */
  int max_size;		/* Largest allocation moved to the stack, in bytes.  */
  int frame_budget;	/* Promoted bytes allowed in one frame.  */
  int recursive_budget;	/* The same for functions that may recurse.  */
  int dump;		/* Print every escape graph to stderr (for debugging).  */
  int suggest;		/* Say which noescape promises would move the most sites.  */
  int profile;		/* Instrument for the heap lifetime profile (profile.cc).  */
  int guard;		/* Frees and reallocs check for promoted blocks (guard.cc).  */
  const char *allocator;	/* NAME[:KIND],... : functions that behave as KIND.  */
};

/* The kinds a function named in -fplugin-arg-escape-allocator may behave as.  */
extern const char *const allocator_kinds[];

/* Whether function NAME was declared to behave as an allocator; *KIND gets the
   kind, one of allocator_kinds.  */
bool declared_allocator_p (const char *name, const char **kind);

extern escape_options escape_opts;

/* Whether the analysis decides which sites move to the stack: to move them, or
   to tell the heap lifetime profile which would.  */
inline bool
promotions_planned_p (void)
{
  return escape_opts.promote || escape_opts.profile;
}

/* Parse ARGC arguments into escape_opts.  Report every bad argument with error ()
   and return false if there was any.  */
bool parse_escape_arguments (int argc, struct plugin_argument *argv);

#endif
