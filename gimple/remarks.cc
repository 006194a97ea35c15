/* Optimization remarks: what -fopt-info-optimized, -fopt-info-missed and
   -fsave-optimization-record report of the plugin's two passes, as they report
   GCC's own (both are in the optimization group "other").  Each allocation
   site moved to the stack is "optimized": "moved to stack: malloc(32)", after
   inlining with where the site came from, in the words of the -m note:
   "moved to stack: malloc(16) (inlined from xmalloc at f.c:13, in sum)".  A
   site that does not escape but stays on the heap although promotion was
   asked for is "missed", with the reason -m=2 gives: "malloc(64) does not
   escape, not moved to stack: live across loop iterations".  After inlining,
   only a site that came with an inlined body is reported missed, as -m=2 does:
   the first pass reported the others.

   A remark is at the site's statement, so that the optimization record has
   its execution count and, from the statement's location, the chain of
   inlined calls that brought it (its "inlining_chain"), and names the function
   (the first pass, an IPA pass, runs outside any function: the function is
   entered for its remarks, and they are written out before it is left).  Without any of these options dump_enabled_p () is
   false and nothing more is done.  */

#include "gimple/escape.h"
#include "dumpfile.h"

void
remark_promotions (escape_graph &g, const vec<promotion> &plan)
{
  if (!dump_enabled_p ())
    return;
  push_cfun (g.fn);
  for (const promotion &p : plan)
    {
      const gcall *call = g.locs[p.loc].call;
      if (!p.moved && (g.locs[p.loc].dist[ROOT_HEAP] < 0 || !p.why))
	continue;
      pretty_printer site;
      render_call (&site, call);
      if (g.fn->after_inlining)
	{
	  pretty_printer origin;
	  location_t at;
	  tree from = render_late_origin (&origin, g, call, &at);
	  if (!p.moved && !from)
	    continue;
	  pp_printf (&site, " (%s)", pp_formatted_text (&origin));
	}
      if (p.moved)
	dump_printf_loc (MSG_OPTIMIZED_LOCATIONS, call, "moved to stack: %s\n",
			 pp_formatted_text (&site));
      else
	dump_printf_loc (MSG_MISSED_OPTIMIZATION, call,
			 "%s does not escape, not moved to stack: %s\n",
			 pp_formatted_text (&site), p.why);
    }
  /* The record takes the function of a remark when it writes it out.  */
  dumpfile_ensure_any_optinfo_are_flushed ();
  pop_cfun ();
}
