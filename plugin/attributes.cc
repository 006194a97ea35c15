/* The attributes the plugin adds to C.  On functions, in the style of nonnull (type
   attributes, so that they hold for calls through pointers to typedef'd function
   types too):

     noescape (N, ...)          parameters N (1-based; every pointer parameter
                                without arguments) do not escape the call, nor
                                does anything reachable through them: the function
                                does not keep them where they outlive it, return
                                them, free them or copy their bits;
     noescape_shallow (N, ...)  the same for the pointer itself only: what it
                                points to may go anywhere.

   Callers trust the promise where the function's body is not in the unit (calls.cc);
   a definition is checked against it, and a broken promise is an error with the path
   that breaks it (report.cc); so is a function converted to a pointer type whose
   function type promises more than its own (conversions.cc).  Misuse is an error
   here, when the attribute is applied: not on a function, a function without a
   prototype, an argument that is not an integer constant, names no parameter or a
   parameter that is not a pointer.

   On local pointer variables, stack_only: under -fplugin-arg-escape-promote, every
   allocation assigned to the variable must be moved to the stack, with a size
   known at compile time; otherwise the compile fails with the reason (report.cc).
   An assertion for code whose speed depends on staying off the heap.  */

#include "gimple/escape.h"
#include "plugin/attributes.h"

static bool seen;

/* The type of parameter N (1-based) of FNTYPE, if it has one.  */
static tree
parameter_type (const_tree fntype, unsigned HOST_WIDE_INT n)
{
  for (tree t = TYPE_ARG_TYPES (fntype); t && !VOID_TYPE_P (TREE_VALUE (t));
       t = TREE_CHAIN (t))
    if (--n == 0)
      return TREE_VALUE (t);
  return NULL_TREE;
}

/* Whether FNTYPE has a pointer parameter.  */
static bool
has_pointer_parameter_p (const_tree fntype)
{
  for (tree t = TYPE_ARG_TYPES (fntype); t; t = TREE_CHAIN (t))
    if (POINTER_TYPE_P (TREE_VALUE (t)))
      return true;
  return false;
}

/* Check argument I (1-based) of attribute NAME on FNTYPE, *ARG, and replace it by
   its integer constant; return false after an error.  */
static bool
check_position (tree fntype, tree name, unsigned i, tree *arg)
{
  tree pos = tree_strip_nop_conversions (*arg);
  if (TREE_CODE (pos) != INTEGER_CST)
    {
      error ("%qE attribute argument %u is not an integer constant", name, i);
      return false;
    }
  tree type = tree_fits_uhwi_p (pos) && !integer_zerop (pos)
	      ? parameter_type (fntype, tree_to_uhwi (pos)) : NULL_TREE;
  if (!type)
    {
      error ("%qE attribute argument %u value %qE does not name a parameter of "
	     "the function", name, i, pos);
      return false;
    }
  if (!POINTER_TYPE_P (type))
    {
      error ("%qE attribute argument %u value %qE names a parameter of type %qT, "
	     "not a pointer", name, i, pos, type);
      return false;
    }
  *arg = pos;
  return true;
}

static tree
handle_promise (tree *node, tree name, tree args, int, bool *no_add_attrs)
{
  *no_add_attrs = true;
  if (TREE_CODE (*node) != FUNCTION_TYPE)
    {
      error ("%qE attribute applies only to functions", name);
      return NULL_TREE;
    }
  if (!prototype_p (*node))
    {
      error ("%qE attribute needs a function declared with a prototype", name);
      return NULL_TREE;
    }
  if (!args && !has_pointer_parameter_p (*node))
    {
      error ("%qE attribute on a function without pointer parameters", name);
      return NULL_TREE;
    }
  bool ok = true;
  unsigned i = 1;
  for (tree a = args; a; a = TREE_CHAIN (a), i++)
    ok &= check_position (*node, name, i, &TREE_VALUE (a));
  *no_add_attrs = !ok;
  seen |= ok;
  return NULL_TREE;
}

static tree
handle_stack_only (tree *node, tree name, tree, int, bool *no_add_attrs)
{
  tree var = *node;
  if (!VAR_P (var) || TREE_STATIC (var) || DECL_EXTERNAL (var)
      || !POINTER_TYPE_P (TREE_TYPE (var)))
    {
      error ("%qE attribute applies only to local pointer variables", name);
      *no_add_attrs = true;
      return NULL_TREE;
    }
  seen = true;
  return NULL_TREE;
}

static const attribute_spec promise_attributes[] = {
  /* name, min, max, decl, type, fn_type, identity, handler, exclude */
  { "noescape", 0, -1, false, true, false, false, handle_promise, NULL },
  { "noescape_shallow", 0, -1, false, true, false, false, handle_promise, NULL },
};

static const attribute_spec stack_only_attribute =
  { "stack_only", 0, 0, true, false, false, false, handle_stack_only, NULL };

void
register_escape_attributes (void *, void *)
{
  for (const attribute_spec &spec : promise_attributes)
    register_attribute (&spec);
  register_attribute (&stack_only_attribute);
}

bool
stack_only_p (const_tree var)
{
  return seen && var && VAR_P (var)
	 && lookup_attribute ("stack_only", DECL_ATTRIBUTES (var));
}

bool
escape_attributes_seen (void)
{
  return seen;
}

const char *
promise_name (escape_promise promise)
{
  return promise_attributes[promise == PROMISE_SHALLOW].name;
}

/* Whether attribute ATTR (a noescape of either kind) covers parameter ARGNO of
   FNTYPE.  */
static bool
covers_parameter_p (tree attr, const_tree fntype, unsigned argno)
{
  if (!TREE_VALUE (attr))
    {
      tree type = parameter_type (fntype, argno + 1);
      return type && POINTER_TYPE_P (type);
    }
  for (tree a = TREE_VALUE (attr); a; a = TREE_CHAIN (a))
    if (tree_fits_uhwi_p (TREE_VALUE (a)) && tree_to_uhwi (TREE_VALUE (a)) == argno + 1)
      return true;
  return false;
}

escape_promise
parameter_promise (const_tree fntype, unsigned argno)
{
  if (!seen || !fntype || !FUNC_OR_METHOD_TYPE_P (fntype))
    return PROMISE_NONE;
  escape_promise promise = PROMISE_NONE;
  for (tree attr = TYPE_ATTRIBUTES (fntype); attr; attr = TREE_CHAIN (attr))
    {
      tree name = get_attribute_name (attr);
      escape_promise p = is_attribute_p ("noescape", name) ? PROMISE_DEEP
			 : is_attribute_p ("noescape_shallow", name) ? PROMISE_SHALLOW
			 : PROMISE_NONE;
      if (p > promise && covers_parameter_p (attr, fntype, argno))
	promise = p;
    }
  return promise;
}
