/* Each note and error report.cc emits, in the form the diagnostic output
   format asks for.  As text (GCC's default), a result note ends with the id
   of its kind in brackets, as GCC tags a warning with its option, and under
   -fno-diagnostics-show-option without it: "leaking param: p
   [escape-leaking-param]".  Its -m=2 explanation stays the indented notes
   that follow it, each step saying where it is ("at f.c:6:5").

   Under -fdiagnostics-format=json (GCC 11 on) or sarif-stderr/sarif-file
   (GCC 13 on), the explanation is also a diagnostic path attached to the
   result's rich_location, as -fanalyzer attaches its paths: one event per
   line of the explanation, at the step's own location (a "flow:" line at its
   first step's), with the line as its text.  JSON shows it as the result's
   "path", SARIF as its "codeFlows".  The indented notes stay the result's
   children (SARIF's relatedLocations), each step at its own location.  The
   id is the result's "option" in JSON and its "ruleId" in SARIF: GCC 11 to 13
   name both through the diagnostic context's option_name hook, which is
   pointed at the id for the one diagnostic; GCC 14 calls no such hook a
   plugin may set, but lets the diagnostic's metadata add to its SARIF result,
   and the metadata sets ruleId there.  GCC's own printers do the rest.  */

#include "gimple/escape.h"
#include "diagnostic-path.h"
#include "diagnostic-metadata.h"
#if BUILDING_GCC_MAJOR >= 14
#include "diagnostic-format-sarif.h"
#endif

namespace {

/* A line of an explanation as an event of a diagnostic path.  */
class step_event : public diagnostic_event
{
public:
  step_event (const explained_step &step) : m_step (step) {}

  location_t get_location () const final override { return m_step.at; }
  tree get_fndecl () const final override { return m_step.fn; }
  int get_stack_depth () const final override { return 0; }
  label_text get_desc (bool) const final override
  {
    return label_text::borrow (m_step.text);
  }
#if BUILDING_GCC_MAJOR >= 13
  const logical_location *get_logical_location () const final override { return NULL; }
  meaning get_meaning () const final override { return meaning (); }
#endif
#if BUILDING_GCC_MAJOR >= 14
  diagnostic_thread_id_t get_thread_id () const final override { return 0; }
#endif

private:
  const explained_step &m_step;
};

#if BUILDING_GCC_MAJOR >= 14
/* GCC 14 paths have threads; an explanation has one.  */
class explanation_thread : public diagnostic_thread
{
public:
  label_text get_name (bool) const final override
  {
    return label_text::borrow ("explanation");
  }
};
#endif

/* The steps of an explanation as a diagnostic path.  */
class explanation_path : public diagnostic_path
{
public:
  explanation_path (const vec<explained_step> &steps)
  {
    for (const explained_step &s : steps)
      m_events.safe_push (new step_event (s));
  }

  unsigned num_events () const final override { return m_events.length (); }
  const diagnostic_event &get_event (int i) const final override { return *m_events[i]; }
#if BUILDING_GCC_MAJOR >= 14
  unsigned num_threads () const final override { return 1; }
  const diagnostic_thread &get_thread (diagnostic_thread_id_t) const final override
  {
    return m_thread;
  }
#endif

private:
  auto_delete_vec<step_event> m_events;
#if BUILDING_GCC_MAJOR >= 14
  explanation_thread m_thread;
#endif
};

#if BUILDING_GCC_MAJOR >= 14
/* What GCC 14 lets a diagnostic add to its SARIF result: the rule.  */
class rule_metadata : public diagnostic_metadata
{
public:
  rule_metadata (const char *rule) : m_rule (rule) {}

  void maybe_add_sarif_properties (sarif_object &result) const final override
  {
    result.set_string ("ruleId", m_rule);
  }

private:
  const char *m_rule;
};

/* A note with METADATA, which GCC 14 takes only through a va_list.  */
void
emit_note_with_metadata (rich_location *richloc, const diagnostic_metadata *metadata,
			 const char *fmt, ...)
{
  va_list ap;
  va_start (ap, fmt);
  emit_diagnostic_valist_meta (DK_NOTE, richloc, metadata, 0, fmt, &ap);
  va_end (ap);
}
#else
/* The rule of the diagnostic being emitted, for rule_as_option_name.  */
const char *current_rule;

char *
rule_as_option_name (diagnostic_context *, int, diagnostic_t, diagnostic_t)
{
  return xstrdup (current_rule);
}
#endif

/* Emit the note TEXT at RICHLOC with the rule RULE.  */
void
inform_with_rule (rich_location *richloc, const char *rule, const char *text)
{
#if BUILDING_GCC_MAJOR >= 14
  rule_metadata metadata (rule);
  emit_note_with_metadata (richloc, &metadata, "%s", text);
#else
  char *(*option_name) (diagnostic_context *, int, diagnostic_t, diagnostic_t)
    = global_dc->option_name;
  current_rule = rule;
  global_dc->option_name = rule_as_option_name;
  inform (richloc, "%s", text);
  global_dc->option_name = option_name;
#endif
}

} // namespace

void
emit_result (bool error, location_t loc, const char *id,
	     const vec<explained_step> &steps, const char *text)
{
  if (text_diagnostics_p ())
    {
      if (error)
	error_at (loc, "%s", text);
      else if (id && flag_diagnostics_show_option)
	inform (loc, "%s [escape-%s]", text, id);
      else
	inform (loc, "%s", text);
      return;
    }
  rich_location richloc (line_table, loc);
  explanation_path path (steps);
  if (!steps.is_empty ())
    richloc.set_path (&path);
  if (error)
    error_at (&richloc, "%s", text);
  else if (id)
    {
      char *rule = concat ("escape-", id, NULL);
      inform_with_rule (&richloc, rule, text);
      free (rule);
    }
  else
    inform (&richloc, "%s", text);
}
