/* Parsing of -fplugin-arg-escape-KEY[=VALUE].  Each key has one entry in a table that
   says what values it takes; anything else is an error that names the valid choices,
   so a typo in CFLAGS fails the build instead of being silently ignored.  A key given
   again replaces its earlier value, as GCC's own options do (builds that put CFLAGS
   on the link line repeat them); each value given is still checked.  */

#include "gcc-plugin.h"
#include "diagnostic-core.h"
#include "plugin/options.h"

escape_options escape_opts = { 0, 0, 0, 0, 4096, 16384, 0, 0, 0, 0, 0, NULL };

const char *const allocator_kinds[] = { "malloc", "zalloc", "calloc", "strdup", "strndup",
					NULL };

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
  { "promote-sanitized", &escape_opts.promote_sanitized, 0, 1, 1,
    "promote under -fsanitize=address, hwaddress or leak too (hides leaks, use after "
    "free and double free from the sanitizer)" },
  { "stats", &escape_opts.stats, 0, 1, 1, "print a summary line per translation unit" },
  { "max-size", &escape_opts.max_size, 0, 1 << 20, VALUE_REQUIRED,
    "largest allocation moved to the stack, in bytes (default 4096)" },
  { "frame-budget", &escape_opts.frame_budget, 0, 1 << 20, VALUE_REQUIRED,
    "bytes moved to the stack per function (default 16384)" },
  { "recursive-budget", &escape_opts.recursive_budget, 0, 1 << 16, VALUE_REQUIRED,
    "bytes moved to the stack per function in a recursive cycle (default 0)" },
  { "dump", &escape_opts.dump, 0, 1, 1, "print every escape graph to stderr" },
  { "suggest", &escape_opts.suggest, 0, 1, 1,
    "say which noescape promise on a function of another file would move the most "
    "allocation sites (needs promote)" },
  { "profile", &escape_opts.profile, 0, 1, 1,
    "instrument for the heap lifetime profile: link with -lescape-profile, run with "
    "ESCAPE_PROFILE=DIR, read with escape-report" },
  { "guard", &escape_opts.guard, 0, 1, 1,
    "free and realloc check for promoted blocks, so that blocks callees free or grow "
    "can move to the stack: link with -lescape-guard" },
};

/* The kind among allocator_kinds spelled by the LEN characters at TEXT, or NULL.  */
static const char *
kind_named (const char *text, size_t len)
{
  for (const char *const *k = allocator_kinds; *k; k++)
    if (len == strlen (*k) && !strncmp (text, *k, len))
      return *k;
  return NULL;
}

/* The entry NAME or NAME:KIND of the allocator list that starts at TEXT and ends
   at END: whether it is well formed.  (GCC cuts a plugin argument's value short
   by one character for each '=' after the first, so the kind follows a colon.)  */
static bool
allocator_entry_p (const char *text, const char *end)
{
  const char *colon = (const char *) memchr (text, ':', end - text);
  const char *name_end = colon ? colon : end;
  if (name_end == text || ISDIGIT (*text))
    return false;
  for (const char *c = text; c < name_end; c++)
    if (!ISIDNUM (*c))
      return false;
  return !colon || kind_named (colon + 1, end - colon - 1);
}

/* Check the value of -fplugin-arg-escape-allocator; report what is wrong.  */
static bool
valid_allocator_list (const char *list)
{
  for (const char *entry = list;;)
    {
      const char *end = strchr (entry, ',');
      if (!end)
	end = entry + strlen (entry);
      if (!allocator_entry_p (entry, end))
	{
	  error ("escape: %<-fplugin-arg-escape-allocator=%s%>: %qs is not NAME or "
		 "NAME:KIND with KIND one of malloc, zalloc, calloc, strdup, strndup",
		 list, xstrndup (entry, end - entry));
	  return false;
	}
      if (!*end)
	return true;
      entry = end + 1;
    }
}

bool
declared_allocator_p (const char *name, const char **kind)
{
  size_t len = strlen (name);
  for (const char *entry = escape_opts.allocator; entry && *entry;)
    {
      const char *end = strchr (entry, ',');
      if (!end)
	end = entry + strlen (entry);
      const char *colon = (const char *) memchr (entry, ':', end - entry);
      const char *name_end = colon ? colon : end;
      if ((size_t) (name_end - entry) == len && !strncmp (entry, name, len))
	{
	  *kind = colon ? kind_named (colon + 1, end - colon - 1) : allocator_kinds[0];
	  return true;
	}
      entry = *end ? end + 1 : end;
    }
  return false;
}

static const option_spec *
find_option (const char *key)
{
  for (const option_spec &o : option_table)
    if (!strcmp (o.key, key))
      return &o;
  return NULL;
}

/* The one argument whose value is text.  */
static const char ALLOCATOR_KEY[] = "allocator";

static void
list_valid_keys (void)
{
  for (const option_spec &o : option_table)
    inform (UNKNOWN_LOCATION, "escape: valid argument -fplugin-arg-escape-%s=%d..%d: %s",
	    o.key, o.min, o.max, o.help);
  inform (UNKNOWN_LOCATION, "escape: valid argument -fplugin-arg-escape-%s=NAME[:KIND],...: "
	  "functions that behave as the C library's malloc (or KIND: zalloc, calloc, "
	  "strdup, strndup) and do nothing else", ALLOCATOR_KEY);
}

/* -fplugin-arg-escape-allocator=LIST; a later list replaces an earlier one.  */
static bool
parse_allocator_argument (const char *value)
{
  if (!value || !*value)
    {
      error ("escape: %<-fplugin-arg-escape-%s%> needs a value: "
	     "%<-fplugin-arg-escape-%s=NAME[:KIND],...%>", ALLOCATOR_KEY, ALLOCATOR_KEY);
      return false;
    }
  if (!valid_allocator_list (value))
    return false;
  free (CONST_CAST (char *, escape_opts.allocator));
  escape_opts.allocator = xstrdup (value);
  return true;
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
  for (int i = 0; i < argc; i++)
    {
      if (!strcmp (argv[i].key, ALLOCATOR_KEY))
	{
	  ok &= parse_allocator_argument (argv[i].value);
	  continue;
	}
      const option_spec *o = find_option (argv[i].key);
      if (!o)
	{
	  error ("escape: unknown argument %<-fplugin-arg-escape-%s%>", argv[i].key);
	  list_valid_keys ();
	  ok = false;
	  continue;
	}
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
  if (ok && escape_opts.suggest && !escape_opts.promote)
    {
      error ("escape: %<-fplugin-arg-escape-suggest%> counts the allocation sites that "
	     "would move to the stack: it needs %<-fplugin-arg-escape-promote%>");
      ok = false;
    }
  if (ok && escape_opts.guard && escape_opts.profile)
    {
      error ("escape: %<-fplugin-arg-escape-guard%> and "
	     "%<-fplugin-arg-escape-profile%> cannot be combined: the profile counts the "
	     "frees of the program as it is written");
      ok = false;
    }
  return ok;
}
