/* Parsing of -fplugin-arg-escape-KEY[=VALUE].  Each key has one entry in a table that
   says what values it takes; anything else is an error that names the valid choices,
   so a typo in CFLAGS fails the build instead of being silently ignored.  */

#include "gcc-plugin.h"
#include "diagnostic-core.h"
#include "plugin/options.h"

escape_options escape_opts = { 0, 0, 0, 4096, 16384, 0, 0 };

/* A key given without "=VALUE" where the key needs one.  */
const int VALUE_REQUIRED = -1;

struct option_spec
{
  const char *key;
  int *field;
  int min, max;		/* Valid range of the value.  */
  int bare;		/* Value meant by the key without "=VALUE", or VALUE_REQUIRED.  */
  const char *help;
};

static const option_spec option_table[] = {
  { "m", &escape_opts.m, 0, 2, 1, "report escapes; =2 also explains them" },
  { "promote", &escape_opts.promote, 0, 1, 1,
    "move allocations that do not escape to the stack" },
  { "stats", &escape_opts.stats, 0, 1, 1, "print a summary line per translation unit" },
  { "max-size", &escape_opts.max_size, 0, 1 << 20, VALUE_REQUIRED,
    "largest allocation moved to the stack, in bytes (default 4096)" },
  { "frame-budget", &escape_opts.frame_budget, 0, 1 << 20, VALUE_REQUIRED,
    "bytes moved to the stack per function (default 16384)" },
  { "recursive-budget", &escape_opts.recursive_budget, 0, 1 << 16, VALUE_REQUIRED,
    "bytes moved to the stack per function in a recursive cycle (default 0)" },
  { "dump", &escape_opts.dump, 0, 1, 1, "print every escape graph to stderr" },
};

static const option_spec *
find_option (const char *key)
{
  for (const option_spec &o : option_table)
    if (!strcmp (o.key, key))
      return &o;
  return NULL;
}

static void
list_valid_keys (void)
{
  for (const option_spec &o : option_table)
    inform (UNKNOWN_LOCATION, "escape: valid argument -fplugin-arg-escape-%s=%d..%d: %s",
	    o.key, o.min, o.max, o.help);
}

/* Parse TEXT as a whole decimal number into *VALUE; one too large for a long
   becomes LONG_MAX or LONG_MIN, out of every option's range.  */
static bool
parse_number (const char *text, long *value)
{
  if (!*text)
    return false;
  char *end;
  *value = strtol (text, &end, 10);
  return !*end;
}

bool
parse_escape_arguments (int argc, struct plugin_argument *argv)
{
  bool ok = true;
  bool seen[ARRAY_SIZE (option_table)] = {};
  for (int i = 0; i < argc; i++)
    {
      const option_spec *o = find_option (argv[i].key);
      if (!o)
	{
	  error ("escape: unknown argument %<-fplugin-arg-escape-%s%>", argv[i].key);
	  list_valid_keys ();
	  ok = false;
	  continue;
	}
      if (seen[o - option_table])
	{
	  error ("escape: %<-fplugin-arg-escape-%s%> given more than once", o->key);
	  ok = false;
	  continue;
	}
      seen[o - option_table] = true;
      long value = o->bare;
      if (!argv[i].value && o->bare == VALUE_REQUIRED)
	{
	  error ("escape: %<-fplugin-arg-escape-%s%> needs a value: "
		 "%<-fplugin-arg-escape-%s=N%> with N from %d to %d",
		 o->key, o->key, o->min, o->max);
	  ok = false;
	  continue;
	}
      if (argv[i].value && !parse_number (argv[i].value, &value))
	{
	  error ("escape: %<-fplugin-arg-escape-%s=%s%>: value must be a number from "
		 "%d to %d", o->key, argv[i].value, o->min, o->max);
	  ok = false;
	  continue;
	}
      if (value < o->min || value > o->max)
	{
	  error ("escape: %<-fplugin-arg-escape-%s=%s%>: value out of range; valid "
		 "values are %d to %d", o->key, argv[i].value, o->min, o->max);
	  ok = false;
	  continue;
	}
      *o->field = (int) value;
    }
  return ok;
}
