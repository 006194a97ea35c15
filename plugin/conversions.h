/* Conversions to function pointer types that promise noescape (conversions.cc).  */

#ifndef ESCAPE_CONVERSIONS_H
#define ESCAPE_CONVERSIONS_H

#include "plugin/attributes.h"

/* The address of a function converted, at LOC, to a pointer type whose function
   type promises PROMISE for parameter PARAM (0-based) where the function's own
   type does not: its body must keep the promise.  */
struct promise_request
{
  unsigned fn_uid;	/* DECL_UID of the function.  */
  location_t loc;
  unsigned param;
  escape_promise promise;
  char *target;		/* The target type as messages name it.  */
};

/* Register the callbacks that find the conversions in each function body and
   in the initializer of each file-scope variable.  */
void register_conversion_checks (const char *plugin_name);

/* Push on OUT the requests on FN's parameters that its type does not promise.  */
void requests_on (tree fn, vec<const promise_request *> &out);

/* Before the analysis: a request on a function whose body is not in this unit is
   an error; one on an alias goes to the function it names.  */
void check_requests_without_body (void);

void release_promise_requests (void);

#endif
