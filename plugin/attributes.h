/* The attributes the plugin adds to C (attributes.cc).  */

#ifndef ESCAPE_ATTRIBUTES_H
#define ESCAPE_ATTRIBUTES_H

/* What a function promises about one of its parameters.  */
enum escape_promise
{
  PROMISE_NONE,
  PROMISE_SHALLOW,	/* noescape_shallow: the pointer itself stays with the caller.  */
  PROMISE_DEEP		/* noescape: so does everything reachable through it.  */
};

/* Register the attributes (a PLUGIN_ATTRIBUTES callback).  */
void register_escape_attributes (void *, void *);

/* Whether any function of this unit carries one of them.  */
bool escape_attributes_seen (void);

/* What function type FNTYPE promises about its parameter ARGNO (0-based).  */
escape_promise parameter_promise (const_tree fntype, unsigned argno);

/* The attribute that makes PROMISE, as written.  */
const char *promise_name (escape_promise promise);

/* Whether local variable VAR is declared stack_only.  */
bool stack_only_p (const_tree var);

#endif
