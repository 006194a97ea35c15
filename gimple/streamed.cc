/* What travels with functions to the link, under -flto.  The pass after
   inlining runs in lto1, where a call that was not inlined may lead to a
   function of another unit, and where each LTRANS process sees only its own
   partition of the call graph.  Facts made elsewhere are needed there; each
   is attached to its function as an attribute whose name has a space (no
   program can spell it), and GCC streams declarations with their attributes.

   Summaries.  Without a callee's summary every block passed to it escapes, and
   GCC's own call-argument flags cannot stand in: they do not say whether the
   callee frees what it is given.  When cc1 writes LTO bytecode, the first pass
   attaches to every function it summarized "escape summary":

     escape4 WF N H,R,F,B ...

   W 'w' if the function writes foreign memory ('-' if not), F 'f' if it may
   free without the guard runtime's check ('g' if every free checks, guard.cc),
   N its number of
   parameters, then each parameter's dereference counts to {heap}, the result,
   {free} and {bytes} (-1: not reached), followed by ":OFF+SIZE" for each part
   of what it points to that the function reads as bytes, and by
   ";OFF+SIZE=H,R,F,B" for each part whose value leaks on its own (parts.cc).
   A decoder rejects any text it does not read to the end, and the version
   changes with the format, so that a plugin never takes another's summary
   for less than it says.  In lto1 the prevailing definition of a
   symbol carries the summary of the body that runs.  The text names no
   function, so that two functions with the same body still have the same
   attributes, and WPA's identical code folding still merges them.

   Clones.  IPA clones (.isra, .constprop, .part, simd clones) copy their
   original's attributes but may drop, add or reorder parameters, and in lto1 a
   clone whose body is in another partition no longer says whose clone it is:
   what marks it is its name (gcc_clone_p).  A clone never reads "escape
   summary"; WPA gives the clones the regular IPA passes make a summary of their
   own (clones.cc), "escape clone summary", whose text names the clone after the
   version (escape4 NAME WF N ...), so that a copy of the clone, made later,
   does not read it either.

   Recursion.  A call into another partition is opaque to an LTRANS process: the
   callee may call back, so every function that reaches one and can be entered
   from outside is taken as recursive (recursion.cc), and gets no promotion.
   WPA sees the whole call graph: it attaches "escape once" (escape4 NAME) to
   every function that is never active twice, and LTRANS takes its word.

   A named fact holds where the function's assembler name is the one recorded,
   or that name made private by LTO (NAME.lto_priv.K); a summary holds only
   where the definition cannot be replaced at link time (summary.cc).  Anything
   else is an unknown callee.  */

#include "gimple/escape.h"

static const char FACT_VERSION[] = "escape4";
static const char SUMMARY_ATTRIBUTE[] = "escape summary";
static const char CLONE_SUMMARY_ATTRIBUTE[] = "escape clone summary";
static const char ONCE_ATTRIBUTE[] = "escape once";

/* Summaries read in lto1, by function.  */
static hash_map<tree, esc_summary *> *streamed;

static int
encoded_derefs (int derefs)
{
  return derefs == NOT_REACHED ? -1 : derefs;
}

static int
decoded_derefs (long derefs)
{
  return derefs < 0 ? NOT_REACHED : (int) MIN (derefs, (long) NOT_REACHED);
}

/* Write TO to PP as "H,R,F,B".  */
static void
encode_levels (pretty_printer *pp, const leak_levels &to)
{
  pp_printf (pp, "%d,%d,%d,%d", encoded_derefs (to.heap), encoded_derefs (to.result),
	     encoded_derefs (to.freed), encoded_derefs (to.bytes));
}

/* Read "H,R,F,B" from *P into *TO and advance *P past it; false if it is not
   there.  */
static bool
decode_levels (const char **p, leak_levels *to)
{
  long d[4];
  int used;
  if (sscanf (*p, "%ld,%ld,%ld,%ld%n", &d[0], &d[1], &d[2], &d[3], &used) != 4)
    return false;
  to->heap = decoded_derefs (d[0]);
  to->result = decoded_derefs (d[1]);
  to->freed = decoded_derefs (d[2]);
  to->bytes = decoded_derefs (d[3]);
  *p += used;
  return true;
}

/* Start PP with what each fact about FN starts with: the version, and if NAMED,
   FN's name.  */
static void
start_fact (pretty_printer *pp, tree fn, bool named)
{
  pp_string (pp, FACT_VERSION);
  if (named)
    pp_printf (pp, " %s", IDENTIFIER_POINTER (DECL_ASSEMBLER_NAME (fn)));
}

/* Attach PP's text to FN as ATTRIBUTE, for the LTO bytecode.  */
static void
attach_fact (tree fn, const char *attribute, pretty_printer *pp)
{
  const char *text = pp_formatted_text (pp);
  tree value = build_tree_list (NULL_TREE, build_string (strlen (text), text));
  DECL_ATTRIBUTES (fn) = tree_cons (get_identifier (attribute), value, DECL_ATTRIBUTES (fn));
}

/* Attach S, the summary of FN, to FN: in cc1 FN's own, in WPA a clone's.  */
void
publish_summary (tree fn, const esc_summary &s)
{
  pretty_printer pp;
  start_fact (&pp, fn, in_lto_p);
  pp_printf (&pp, " %c%c %u", s.writes_foreign ? 'w' : '-', s.frees_unguarded ? 'f' : 'g',
	     s.params.length ());
  for (const param_leak &l : s.params)
    {
      pp_character (&pp, ' ');
      encode_levels (&pp, l.to);
      for (unsigned i = 0; i < l.nreads; i++)
	pp_printf (&pp, ":%u+%u", l.reads[i].off, l.reads[i].size);
      for (unsigned i = 0; i < l.nparts; i++)
	{
	  pp_printf (&pp, ";%u+%u=", l.parts[i].part.off, l.parts[i].part.size);
	  encode_levels (&pp, l.parts[i].to);
	}
      for (unsigned i = 0; i < l.nstored; i++)
	pp_printf (&pp, "&%u@%u+%u=%d", l.stored[i].into, l.stored[i].part.off,
		   l.stored[i].part.size, l.stored[i].derefs);
    }
  attach_fact (fn, in_lto_p ? CLONE_SUMMARY_ATTRIBUTE : SUMMARY_ATTRIBUTE, &pp);
}

/* Attach to FN that it is never active twice.  */
void
publish_once (tree fn)
{
  pretty_printer pp;
  start_fact (&pp, fn, true);
  attach_fact (fn, ONCE_ATTRIBUTE, &pp);
}

/* The length of assembler name NAME without the suffix LTO gives a static
   function it makes visible across partitions (NAME.lto_priv.K).  */
size_t
written_name_length (const char *name)
{
  size_t len = strlen (name);
  const char *priv = strstr (name, ".lto_priv.");
  if (!priv || !priv[strlen (".lto_priv.")])
    return len;
  for (const char *d = priv + strlen (".lto_priv."); *d; d++)
    if (!ISDIGIT (*d))
      return len;
  return priv - name;
}

/* What follows the version, and if NAMED NODE's name, in NODE's fact
   ATTRIBUTE; NULL if NODE has no such fact of its own.  */
static const char *
own_fact (cgraph_node *node, const char *attribute, bool named)
{
  tree attr = lookup_attribute (attribute, DECL_ATTRIBUTES (node->decl));
  tree value = attr ? TREE_VALUE (attr) : NULL_TREE;
  if (!value || TREE_CODE (TREE_VALUE (value)) != STRING_CST)
    return NULL;
  const char *text = TREE_STRING_POINTER (TREE_VALUE (value));
  size_t version_len = strlen (FACT_VERSION);
  if (strncmp (text, FACT_VERSION, version_len))
    return NULL;
  text += version_len;
  if (!named)
    return text;
  const char *asm_name = IDENTIFIER_POINTER (DECL_ASSEMBLER_NAME (node->decl));
  size_t len = written_name_length (asm_name);
  if (*text != ' ' || strncmp (text + 1, asm_name, len)
      || (text[1 + len] && text[1 + len] != ' '))
    return NULL;
  return text + 1 + len;
}

/* Read a part, "OFF+SIZE" after the character SEP, from *P into *PART and
   advance *P past it; false if it is not there.  */
static bool
decode_part (const char **p, char sep, esc_range *part)
{
  int used;
  if (**p != sep || sscanf (*p + 1, "%u+%u%n", &part->off, &part->size, &used) != 2
      || !part->size)
    return false;
  *p += 1 + used;
  return true;
}

/* Read what a parameter's summary LEAK says besides its levels: the parts of
   what it points to that its function reads (":OFF+SIZE" each), then those
   that leak (";OFF+SIZE=H,R,F,B"), then where it is stored
   ("&PARAM@OFF+SIZE=DEREFS"), from *P, and advance *P past them; false if
   they are not well formed.  */
static bool
decode_parts (const char **p, param_leak &leak)
{
  while (**p == ':')
    if (leak.nreads == MAX_READS || !decode_part (p, ':', &leak.reads[leak.nreads++]))
      return false;
  while (**p == ';')
    {
      if (leak.nparts == MAX_PART_LEAKS)
	return false;
      part_leak &pl = leak.parts[leak.nparts++];
      if (!decode_part (p, ';', &pl.part) || **p != '=')
	return false;
      ++*p;
      if (!decode_levels (p, &pl.to))
	return false;
    }
  while (**p == '&')
    {
      if (leak.nstored == MAX_STORED_LEAKS)
	return false;
      stored_leak &sl = leak.stored[leak.nstored++];
      int used;
      if (sscanf (*p + 1, "%u%n", &sl.into, &used) != 1)
	return false;
      *p += 1 + used;
      if (!decode_part (p, '@', &sl.part) || **p != '='
	  || sscanf (*p + 1, "%d%n", &sl.derefs, &used) != 1 || sl.derefs < 0)
	return false;
      *p += 1 + used;
    }
  return true;
}

/* The summary whose text after the version or name is TEXT, or NULL if TEXT is
   not one.  */
static esc_summary *
decode_summary (const char *text)
{
  char w, f;
  unsigned n;
  int used;
  if (sscanf (text, " %c%c %u%n", &w, &f, &n, &used) != 3 || (w != 'w' && w != '-')
      || (f != 'f' && f != 'g'))
    return NULL;
  const char *p = text + used;
  esc_summary *s = new esc_summary;
  s->params = vNULL;
  s->writes_foreign = w == 'w';
  s->frees_unguarded = f == 'f';
  for (unsigned i = 0; i < n; i++)
    {
      param_leak leak;
      memset (&leak, 0, sizeof leak);
      if (*p++ != ' ' || !decode_levels (&p, &leak.to) || !decode_parts (&p, leak))
	{
	  delete_summary (s);
	  return NULL;
	}
      s->params.safe_push (leak);
    }
  if (*p)
    {
      delete_summary (s);
      return NULL;
    }
  return s;
}

/* The summary NODE's definition brought from its translation unit, if it is
   NODE's own (see above); NODE is a function symbol whose definition will run.  */
esc_summary *
streamed_summary (cgraph_node *node)
{
  if (!streamed)
    streamed = new hash_map<tree, esc_summary *>;
  bool existed;
  esc_summary *&s = streamed->get_or_insert (node->decl, &existed);
  if (!existed)
    {
      bool clone = gcc_clone_p (node);
      const char *text
	= own_fact (node, clone ? CLONE_SUMMARY_ATTRIBUTE : SUMMARY_ATTRIBUTE, clone);
      s = text ? decode_summary (text) : NULL;
    }
  return s;
}

/* Whether WPA found that NODE is never active twice.  */
bool
streamed_once_p (cgraph_node *node)
{
  const char *text = own_fact (node, ONCE_ATTRIBUTE, true);
  return text && !*text;
}

void
release_streamed_summaries (void)
{
  if (!streamed)
    return;
  for (auto it = streamed->begin (); it != streamed->end (); ++it)
    if ((*it).second)
      delete_summary ((*it).second);
  delete streamed;
  streamed = NULL;
}
