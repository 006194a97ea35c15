/* What the plugin's instrumentation (-fplugin-arg-escape-profile) does,
   written by hand for the runtime's tests, as runtime/escape-profile.h
   describes it: a frame per function, a token in a slot around each
   allocation.  A site's token has LABEL as its CALL field, which is how
   check-runtime.sh finds the site in the profile.  */
#ifndef HAND_H
#define HAND_H

#include "escape-profile.h"
#include <stdlib.h>

#define MAX_SIZE 4096
#define STR_(x) #x
#define STR(x) STR_ (x)
#define TOKEN(LABEL)                                                    \
  __FILE__ "\t" STR (__LINE__) "\t3\ttest\t" LABEL "\t" STR (MAX_SIZE)  \
  "\tescapes\thand-instrumented site"

/* CALL with the token of LABEL in SLOT, as the plugin brackets a site.  */
#define IN_SLOT(SLOT, LABEL, CALL)                                      \
  ({                                                                    \
    SLOT = TOKEN (LABEL);                                               \
    __typeof__ (CALL) result_ = (CALL);                                 \
    SLOT = 0;                                                           \
    result_;                                                            \
  })
#define AT(LABEL, CALL) IN_SLOT (__escape_profile_site, LABEL, CALL)
/* A site inside an allocation wrapper.  */
#define INNER(LABEL, CALL) IN_SLOT (__escape_profile_inner, LABEL, CALL)

#define FRAME(NAME)                                                     \
  __attribute__ ((unused)) int frame_                                   \
    = __escape_profile_enter (NAME "\t" __FILE__)
#define RETURN(...)                                                     \
  do                                                                    \
    {                                                                   \
      __escape_profile_leave ();                                        \
      return __VA_ARGS__;                                               \
    }                                                                   \
  while (0)

/* Frame LEVEL of a chain of frames: level 0 allocates at the site "chain",
   and the block goes up to the frame FREE_AT levels above, which frees it
   (its class is kFREE_AT); with FREE_AT -1 the caller of the chain gets it.  */
static inline void *
chain (int level, int free_at)
{
  FRAME ("chain");
  void *p = level ? chain (level - 1, free_at) : AT ("chain", malloc (24));
  if (level == free_at)
    {
      free (p);
      p = NULL;
    }
  RETURN (p);
}

/* Runs chains that free their block at each level, 1 for k0 up to 5 for k4
   times REPEAT, and 6 times REPEAT whose block the caller frees: later.  */
static inline void
chains (int repeat)
{
  FRAME ("chains");
  for (int k = 0; k <= 5; k++)
    for (int i = 0; i < (k + 1) * repeat; i++)
      free (chain (5, k < 5 ? k : -1));
  RETURN ();
}

#endif
