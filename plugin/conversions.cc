/* Conversions that add a noescape promise.  The attributes are type attributes
   that leave a function type compatible with the same type without them: C
   converts a function, or a pointer to one, to a pointer type whose function type
   promises noescape without a word, and a call through that pointer trusts the
   promise (calls.cc).  So each such conversion is checked, in GENERIC, where the
   C front end makes every conversion explicit (GIMPLE drops one between pointer
   types as useless): a PLUGIN_PRE_GENERICIZE callback walks each function body
   (with the initializers of its variables and compound literals and the bodies of
   its nested functions), a PLUGIN_FINISH_DECL callback the initializer of each
   file-scope variable.  Neither does anything in a unit that does not use the
   attributes.

   The value converted is followed through conversions to where it meets the
   target type at a function type, past the pointer and array levels they share.
   Where the target's function type promises more than the value's:

   - the address of a function F: F must keep each promise on a parameter that its
     own type does not make.  Each becomes a request, checked like a promise F
     declares once the analysis has F's graph (report.cc), or an error if this unit
     does not have F's body (check_requests_without_body);
   - any other value of a function pointer type: an error here, as the promise
     cannot be checked for every function it may point to.  So is a promise the
     target adds to the function pointers a function returns or drops from those
     it takes (a function that relies on the promise of a function pointer it is
     given must not be called with one that makes none), whatever the value.

   Each arm of a conditional is judged on its own.  A value that meets the target
   at no function type (a void pointer or an integer, such as dlsym's result) is
   trusted, as a declaration of another file is: what it points to cannot be
   known here.  */

#include "gimple/escape.h"
#include "plugin/conversions.h"
#include "langhooks.h"
#include "intl.h"

static vec<promise_request> requests;

/* File-scope variables whose initializer was walked: C finishes a variable again
   at each later declaration of it.  */
static hash_set<tree> *walked_variables;

/* A parameter that a function type promises more of than another.  */
struct missing_promise
{
  unsigned param;
  escape_promise promise;
};

/* TO and FROM past the pointer and array levels they share.  */
static void
strip_shared_levels (tree *to, tree *from)
{
  while ((POINTER_TYPE_P (*to) || TREE_CODE (*to) == ARRAY_TYPE)
	 && (POINTER_TYPE_P (*from) || TREE_CODE (*from) == ARRAY_TYPE))
    {
      *to = TREE_TYPE (*to);
      *from = TREE_TYPE (*from);
    }
}

/* Whether types TO and FROM meet at a function type past the levels they share.  */
static bool
meet_at_function_p (tree to, tree from)
{
  strip_shared_levels (&to, &from);
  return TREE_CODE (to) == FUNCTION_TYPE && TREE_CODE (from) == FUNCTION_TYPE;
}

/* Whether type TO reaches a function type through pointers and arrays.  */
static bool
reaches_function_p (tree to)
{
  while (POINTER_TYPE_P (to) || TREE_CODE (to) == ARRAY_TYPE)
    to = TREE_TYPE (to);
  return TREE_CODE (to) == FUNCTION_TYPE;
}

/* The strongest promise function type TO makes on a parameter that function
   type FROM does not make; each such parameter is pushed on OUT, if given.  */
static escape_promise
missing_on_parameters (tree to, tree from, vec<missing_promise> *out = NULL)
{
  escape_promise strongest = PROMISE_NONE;
  unsigned i = 0;
  for (tree a = TYPE_ARG_TYPES (to); a; a = TREE_CHAIN (a), i++)
    {
      missing_promise m = { i, parameter_promise (to, i) };
      if (m.promise <= parameter_promise (from, i))
	continue;
      strongest = MAX (strongest, m.promise);
      if (out)
	out->safe_push (m);
    }
  return strongest;
}

static escape_promise missing_in_values (tree to, tree from);

/* The strongest promise function type TO makes beyond its parameters that
   function type FROM does not: on the functions its result may point to and,
   the other way round, on those its parameters may point to.  */
static escape_promise
missing_in_signature (tree to, tree from)
{
  escape_promise strongest = missing_in_values (TREE_TYPE (to), TREE_TYPE (from));
  for (tree a = TYPE_ARG_TYPES (to), b = TYPE_ARG_TYPES (from); a && b;
       a = TREE_CHAIN (a), b = TREE_CHAIN (b))
    strongest = MAX (strongest, missing_in_values (TREE_VALUE (b), TREE_VALUE (a)));
  return strongest;
}

/* The strongest promise a value of type TO makes that one of type FROM does not,
   where they meet at a function type; PROMISE_NONE if they do not meet.  */
static escape_promise
missing_in_values (tree to, tree from)
{
  strip_shared_levels (&to, &from);
  if (TREE_CODE (to) != FUNCTION_TYPE || TREE_CODE (from) != FUNCTION_TYPE)
    return PROMISE_NONE;
  return MAX (missing_on_parameters (to, from), missing_in_signature (to, from));
}

/* TYPE's name as written: its typedef's, or that of what it points to and a
   '*' ("sink_fn *"); NULL if it has none.  */
static char *
type_name (tree type)
{
  tree name = TYPE_NAME (type);
  if (name && TREE_CODE (name) == TYPE_DECL && DECL_NAME (name))
    return xstrdup (IDENTIFIER_POINTER (DECL_NAME (name)));
  char *pointee = POINTER_TYPE_P (type) ? type_name (TREE_TYPE (type)) : NULL;
  if (!pointee)
    return NULL;
  char *s = concat (pointee, pointee[strlen (pointee) - 1] == '*' ? "*" : " *", NULL);
  free (pointee);
  return s;
}

/* How messages name TYPE, the target of a conversion: by its name, quoted
   (GCC's own %qT leaves the typedef of a function type out), or in words.  */
static char *
target_text (tree type)
{
  char *name = type_name (type);
  if (!name)
    return xstrdup ("a function pointer type");
  char *s = concat (open_quote, name, close_quote, NULL);
  free (name);
  return s;
}

/* The address of function FN converted at LOC to TO, a pointer to a function
   type: a request for each promise on a parameter that FN's type does not make.  */
static void
request_promises (tree fn, tree to, location_t loc)
{
  auto_vec<missing_promise> missing;
  missing_on_parameters (TREE_TYPE (to), TREE_TYPE (fn), &missing);
  for (const missing_promise &m : missing)
    {
      promise_request r = { DECL_UID (fn), loc, m.param, m.promise, target_text (to) };
      requests.safe_push (r);
    }
}

/* Whether SRC converts another value without changing it.  */
static bool
conversion_p (tree src)
{
  return CONVERT_EXPR_P (src) || TREE_CODE (src) == NON_LVALUE_EXPR;
}

/* SRC converted at LOC to TO, a type that reaches a function type: whatever TO
   promises that SRC's type does not is requested of the function SRC is the
   address of, or an error (see the top comment).  */
static void
check_source (tree to, tree src, location_t loc)
{
  for (;; src = TREE_OPERAND (src, 0))
    {
      tree from = TREE_TYPE (src);
      if (!from)
	return;
      if (meet_at_function_p (to, from) && missing_in_values (to, from) == PROMISE_NONE)
	return;		/* A conversion inside is checked on its own.  */
      if (!conversion_p (src))
	break;
    }
  if (TREE_CODE (src) == COND_EXPR)
    {
      for (int arm = 1; arm <= 2; arm++)
	{
	  tree value = TREE_OPERAND (src, arm);
	  check_source (to, value, EXPR_LOC_OR_LOC (value, loc));
	}
      return;
    }
  tree from = TREE_TYPE (src);
  if (!meet_at_function_p (to, from))
    return;
  escape_promise unchecked;
  if (TREE_CODE (src) == ADDR_EXPR && TREE_CODE (TREE_OPERAND (src, 0)) == FUNCTION_DECL)
    {
      request_promises (TREE_OPERAND (src, 0), to, loc);
      unchecked = missing_in_signature (TREE_TYPE (to), TREE_TYPE (from));
    }
  else
    unchecked = missing_in_values (to, from);
  if (unchecked == PROMISE_NONE)
    return;
  char *target = target_text (to), *source = type_name (from);
  if (source)
    error_at (loc, "conversion from %qs to %s adds a %qs promise that cannot be checked",
	      source, target, promise_name (unchecked));
  else
    error_at (loc, "conversion from %qT to %s adds a %qs promise that cannot be checked",
	      from, target, promise_name (unchecked));
  free (source);
  free (target);
}

/* The state of a walk: the location of the last expression that had one, for
   the conversions that have none, and the trees already seen.  */
struct conversion_walk
{
  explicit conversion_walk (location_t l) : loc (l) {}
  location_t loc;
  hash_set<tree> seen;
};

static void walk (tree *tp, conversion_walk *w);

/* What DECL, declared in a function body, brings: the initializer of a variable
   or compound literal, at the variable (its conversions have no location of
   their own); the body of a nested function.  */
static void
walk_declared (tree decl, conversion_walk *w)
{
  if (VAR_P (decl) && !DECL_EXTERNAL (decl))
    {
      w->loc = DECL_SOURCE_LOCATION (decl);
      walk (&DECL_INITIAL (decl), w);
    }
  else if (TREE_CODE (decl) == FUNCTION_DECL && !DECL_EXTERNAL (decl)
	   && decl_function_context (decl))
    walk (&DECL_SAVED_TREE (decl), w);
}

static tree
find_conversions (tree *tp, int *, void *data)
{
  conversion_walk *w = (conversion_walk *) data;
  tree t = *tp;
  if (EXPR_HAS_LOCATION (t))
    w->loc = EXPR_LOCATION (t);
  if (CONVERT_EXPR_P (t) && reaches_function_p (TREE_TYPE (t)))
    check_source (TREE_TYPE (t), TREE_OPERAND (t, 0), w->loc);
  else if (TREE_CODE (t) == BIND_EXPR)
    for (tree decl = BIND_EXPR_VARS (t); decl; decl = DECL_CHAIN (decl))
      walk_declared (decl, w);
  else if (TREE_CODE (t) == DECL_EXPR)
    walk_declared (DECL_EXPR_DECL (t), w);
  return NULL_TREE;
}

static void
walk (tree *tp, conversion_walk *w)
{
  walk_tree (tp, find_conversions, w, &w->seen);
}

static bool
checking_p (void)
{
  return escape_attributes_seen () && lang_GNU_C ();
}

/* PLUGIN_PRE_GENERICIZE: the body of function FN (C calls it for the outermost
   function only; its nested functions are walked from its body).  */
static void
walk_function (void *fn, void *)
{
  if (!checking_p ())
    return;
  conversion_walk w (DECL_SOURCE_LOCATION ((tree) fn));
  walk (&DECL_SAVED_TREE ((tree) fn), &w);
}

/* PLUGIN_FINISH_DECL: the initializer of a file-scope variable, once.  */
static void
walk_initializer (void *decl, void *)
{
  tree var = (tree) decl;
  if (!checking_p () || !VAR_P (var) || !DECL_FILE_SCOPE_P (var) || !DECL_INITIAL (var))
    return;
  if (!walked_variables)
    walked_variables = new hash_set<tree>;
  if (walked_variables->add (var))
    return;
  conversion_walk w (DECL_SOURCE_LOCATION (var));
  walk (&DECL_INITIAL (var), &w);
}

void
register_conversion_checks (const char *plugin_name)
{
  register_callback (plugin_name, PLUGIN_PRE_GENERICIZE, walk_function, NULL);
  register_callback (plugin_name, PLUGIN_FINISH_DECL, walk_initializer, NULL);
}

void
requests_on (tree fn, vec<const promise_request *> &out)
{
  for (const promise_request &r : requests)
    if (r.fn_uid == DECL_UID (fn) && parameter_promise (TREE_TYPE (fn), r.param) < r.promise)
      out.safe_push (&r);
}

/* The function whose body runs when NODE's is called, if this unit has it:
   through an alias, the function it names; not a body given for inlining only
   (extern inline), nor an ifunc's resolver.  */
static cgraph_node *
body_here (cgraph_node *node)
{
  if (lookup_attribute ("ifunc", DECL_ATTRIBUTES (node->decl)))
    return NULL;
  node = node->ultimate_alias_target ();
  return node->has_gimple_body_p () && !DECL_EXTERNAL (node->decl) ? node : NULL;
}

/* R, a request on NODE's function, whose body is not in this unit: an error
   unless its declaration has come to make the promise since.  */
static void
reject_request (const promise_request &r, cgraph_node *node)
{
  if (parameter_promise (TREE_TYPE (node->decl), r.param) >= r.promise)
    return;
  const char *name = lang_hooks.decl_printable_name (node->decl, 2);
  add_error (r.loc, "%s%s%s converted to %s, whose parameter %u is declared %s%s%s, but "
	     "%s%s%s is not defined in this file and its declaration does not promise it",
	     open_quote, name, close_quote, r.target, r.param + 1, open_quote,
	     promise_name (r.promise), close_quote, open_quote, name, close_quote);
}

void
check_requests_without_body (void)
{
  if (requests.is_empty ())
    return;
  cgraph_node *node;
  FOR_EACH_FUNCTION (node)
    {
      cgraph_node *body = body_here (node);
      for (unsigned i = 0; i < requests.length ();)
	{
	  promise_request &r = requests[i];
	  if (r.fn_uid != DECL_UID (node->decl))
	    i++;
	  else if (body)
	    {
	      r.fn_uid = DECL_UID (body->decl);
	      i++;
	    }
	  else
	    {
	      reject_request (r, node);
	      free (r.target);
	      requests.ordered_remove (i);
	    }
	}
    }
}

void
release_promise_requests (void)
{
  for (promise_request &r : requests)
    free (r.target);
  requests.release ();
  delete walked_variables;
  walked_variables = NULL;
}
