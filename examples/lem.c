/* lem: leak, escape, move.  A C port of the example the Go escape-analysis overview
   starts from; run ./scripts/demo to see what the plugin says about each line.  */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct session
{
  const char *user;
  char *token;
};

static const char *last_user;		/* Global: whatever is stored here escapes.  */
static struct session *current;

/* username is kept in a global (leaking param), password is only read (does not
   escape), token is handed back to the caller (leaks to result level=0).  */
char *
validate_credentials (const char *username,
		      const char *password,
		      char *token)
{
  last_user = username;
  if (strcmp (password, "hunter2") != 0)
    return NULL;
  return token;
}

/* Only what the session points to leaks: leaking param content.  */
void
remember_user (struct session *s)
{
  last_user = s->user;
}

/* The token buffer is returned: it escapes to heap.  The scratch buffer is freed
   before the function returns: it does not escape.  */
char *
new_login_token (const char *user)
{
  char *scratch = malloc (64);
  char *token = malloc (32);
  if (!scratch || !token)
    abort ();
  snprintf (scratch, 64, "%s-%d", user, 42);
  strncpy (token, scratch, 31);
  token[31] = '\0';
  free (scratch);
  return token;
}

/* The address of a local stored in a global outlives the frame: &local escapes.  */
void
start_session (const char *user)
{
  struct session local;
  local.user = "guest";
  local.token = new_login_token (user);
  current = &local;
}

int
main (void)
{
  char username1[] = "gopher";
  char *token = new_login_token (username1);
  char *ok = validate_credentials (username1, "hunter2", token);
  printf ("%s\n", ok ? ok : "denied");
  free (token);
  return 0;
}
