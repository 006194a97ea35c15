/* Stress inputs for compile-cost measurements of the escape plugin.

   gen-stress KIND N FILE   writes one C translation unit:
     funcs  N small functions with pointer params, malloc/free, stores into locals,
            structs and (some) globals, each calling its one or two predecessors.
     big    one function of about N statements of pointer work (block-scoped
            locals, struct fields, malloc/free, loads/stores, branches, loops),
            in stretches of 64 blocks that each start from fresh pointers.
     bigacc the same without the restarts: a, b and c accumulate every object of
            the function, so points-to sets grow with N.
     chain  a call chain f0 -> f1 -> ... -> fN passing pointers.
     scc    N mutually recursive functions (one strongly connected component)
            passing pointers around.
   Every output compiles cleanly with gcc -O0/-O2 -Wall -Wextra.  */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void
prelude (FILE *f)
{
  fputs ("#include <stdlib.h>\n"
	 "struct node { struct node *next; struct node *peer; int *data; int val; };\n"
	 "struct node *g_sink;\n"
	 "int *g_ip;\n"
	 "struct node *g_tab[64];\n\n", f);
}

/* Prototypes NAME0 .. NAME<COUNT - 1>, each "struct node *NAMEi PARAMS;".  */
static void
declare_functions (FILE *f, const char *name, long count, const char *params)
{
  for (long i = 0; i < count; i++)
    fprintf (f, "struct node *%s%ld %s;\n", name, i, params);
  fputc ('\n', f);
}

static void
gen_funcs (FILE *f, long n)
{
  prelude (f);
  declare_functions (f, "fn", n, "(struct node *, int *, int)");
  for (long i = 0; i < n; i++)
    {
      fprintf (f,
	       "struct node *\nfn%ld (struct node *p, int *q, int k)\n{\n"
	       "  struct node loc;\n"
	       "  struct node *h = malloc (sizeof *h);\n"
	       "  if (!h)\n    return p;\n"
	       "  loc.next = p;\n  loc.peer = h;\n  loc.data = q;\n  loc.val = k;\n"
	       "  h->next = p;\n  h->peer = NULL;\n  h->data = q;\n  h->val = k + (q ? *q : 0);\n",
	       i);
      if (i > 0)
	fprintf (f, "  struct node *r = fn%ld (&loc, q, k - 1);\n", i - 1);
      else
	fputs ("  struct node *r = loc.next;\n", f);
      if (i > 1 && i % 2 == 0)
	fprintf (f, "  if (k > 3)\n    r = fn%ld (h, loc.data, k - 2);\n", i - 2);
      switch (i % 4)
	{
	case 0:			/* h leaks to a global.  */
	  fprintf (f, "  g_tab[%ld] = h;\n", i % 64);
	  break;
	case 1:			/* p leaks to a global.  */
	  fputs ("  if (k & 1)\n    g_sink = p;\n  free (h);\n", f);
	  break;
	case 2:			/* h is linked into p: leaks through the parameter.  */
	  fputs ("  if (p)\n    p->peer = h;\n  else\n    free (h);\n", f);
	  break;
	default:		/* Nothing escapes; q goes to a global.  */
	  fputs ("  h->val += loc.val;\n  k += h->val;\n  free (h);\n"
		 "  if (k == 42)\n    g_ip = q;\n", f);
	  break;
	}
      fputs ("  return r ? r->next : loc.next;\n}\n\n", f);
    }
}

/* One block of pointer work; returns the number of statements written.  */
static int
big_block (FILE *f, long k)
{
  switch (k % 8)
    {
    case 0:			/* Allocate and link into list a.  */
      fprintf (f,
	       "  {\n"
	       "    struct node *t = malloc (sizeof *t);\n"
	       "    if (t) {\n"
	       "      t->next = a;\n      t->peer = b;\n      t->data = ip;\n"
	       "      t->val = %ld;\n      a = t;\n    }\n  }\n", k);
      return 7;
    case 1:			/* Local struct, fields, pass its address.  */
      fprintf (f,
	       "  {\n"
	       "    struct node s;\n"
	       "    s.next = a;\n    s.peer = c;\n    s.data = ip;\n    s.val = %ld;\n"
	       "    b = pick (&s, b);\n    sum += s.val;\n"
	       "    if (b == &s)\n      b = s.next;\n  }\n", k);
      return 8;
    case 2:			/* Loop of loads.  */
      fprintf (f,
	       "  for (int i = 0; i < %ld && c; i++)\n"
	       "    c = (i & 1) ? c->next : c->peer;\n"
	       "  if (!c)\n    c = a;\n", k % 7 + 1);
      return 4;
    case 3:			/* Store through pointers.  */
      fprintf (f,
	       "  if (a && a->data)\n    *a->data += %ld;\n"
	       "  if (b && c)\n    b->peer = c;\n", k);
      return 4;
    case 4:			/* Allocate, use, free.  */
      fprintf (f,
	       "  {\n"
	       "    int *v = malloc (sizeof *v);\n"
	       "    if (v) {\n      *v = sum + %ld;\n      sum += *v;\n      free (v);\n    }\n"
	       "  }\n", k);
      return 5;
    case 5:			/* Sometimes a global store.  */
      if (k % 40 == 5)
	fprintf (f, "  if (sum == %ld)\n    g_sink = c;\n", k);
      else
	fprintf (f, "  if (sum == %ld)\n    ip = &sum;\n", k);
      return 2;
    case 6:			/* Pointer selects and an address-taken local.  */
      fprintf (f,
	       "  c = a ? a->next : b;\n"
	       "  if (c)\n    b = c;\n"
	       "  {\n    int x = %ld;\n    int *px = &x;\n    sum += *px;\n  }\n", k);
      return 6;
    default:			/* Array of pointers.  */
      fprintf (f,
	       "  {\n"
	       "    struct node *arr[4] = { a, b, c, 0 };\n"
	       "    arr[%ld] = pick (arr[0], arr[1]);\n"
	       "    a = arr[%ld] ? arr[%ld] : a;\n  }\n", k % 4, k % 3, k % 3);
      return 3;
    }
}

/* RESET > 0 starts a fresh set of pointers every RESET blocks, as independent
   stretches of a long function would; RESET == 0 lets a, b and c accumulate
   every object of the function (the "bigacc" stress case).  */
static void
gen_big (FILE *f, long n, long reset)
{
  prelude (f);
  fputs ("__attribute__ ((noinline)) static struct node *\n"
	 "pick (struct node *x, struct node *y)\n{\n"
	 "  return x && x->val > 0 ? x : y;\n}\n\n"
	 "int\nbig (struct node *p, int *q)\n{\n"
	 "  struct node *a = p, *b = p, *c = p;\n"
	 "  int sum = 0;\n  int *ip = q;\n", f);
  long stmts = 0;
  for (long k = 0; stmts < n; k++)
    {
      if (reset && k && k % reset == 0)
	{
	  fputs ("  a = p;\n  b = p;\n  c = p;\n", f);
	  stmts += 3;
	}
      stmts += big_block (f, k);
    }
  fputs ("  while (a) {\n    struct node *nx = a->next;\n"
	 "    sum += a->val + (a->data ? *a->data : 0);\n    a = nx;\n  }\n"
	 "  return sum + (ip ? *ip : 0) + (b ? b->val : 0) + (c ? c->val : 0);\n}\n", f);
}

static void
gen_chain (FILE *f, long n)
{
  prelude (f);
  declare_functions (f, "f", n + 1, "(struct node *, int *)");
  for (long i = 0; i <= n; i++)
    {
      fprintf (f,
	       "struct node *\nf%ld (struct node *p, int *q)\n{\n"
	       "  struct node l;\n"
	       "  l.next = p;\n  l.peer = NULL;\n  l.data = q;\n  l.val = %ld;\n", i, i);
      if (i < n)
	fprintf (f,
		 "  struct node *r = f%ld (&l, q);\n"
		 "  return r == &l ? p : r;\n}\n\n", i + 1);
      else
	fputs ("  g_ip = l.data;\n  return l.next ? l.next->next : 0;\n}\n\n", f);
    }
}

static void
gen_scc (FILE *f, long n)
{
  prelude (f);
  declare_functions (f, "s", n, "(struct node *, struct node *, int)");
  for (long i = 0; i < n; i++)
    {
      fprintf (f,
	       "struct node *\ns%ld (struct node *p, struct node *o, int d)\n{\n"
	       "  struct node l;\n"
	       "  if (d <= 0)\n    return p ? p->next : 0;\n"
	       "  l.next = p;\n  l.peer = o;\n  l.data = 0;\n  l.val = d;\n", i);
      /* Successor in the ring keeps the component strongly connected; every third
	 member calls a farther one too.  Only one member leaks a parameter to a
	 global, so that fact has to travel around the component through the
	 summaries.  Results are always derived from P, never from a frame's
	 address (which travels in O).  */
      fprintf (f, "  struct node *r = s%ld (p, &l, d - 1);\n", (i + 1) % n);
      if (i % 3 == 0)
	fprintf (f, "  if (!r)\n    r = s%ld (l.next, o, d - 2);\n", (i * 7 + 3) % n);
      if (i == n / 2)
	fputs ("  g_sink = p;\n", f);
      fputs ("  return r ? r : l.next;\n}\n\n", f);
    }
}

int
main (int argc, char **argv)
{
  if (argc != 4)
    {
      fprintf (stderr, "usage: %s funcs|big|bigacc|chain|scc N FILE\n", argv[0]);
      return 2;
    }
  long n = strtol (argv[2], NULL, 10);
  if (n < 1)
    {
      fprintf (stderr, "gen-stress: N must be positive\n");
      return 2;
    }
  FILE *f = fopen (argv[3], "w");
  if (!f)
    {
      perror (argv[3]);
      return 1;
    }
  if (!strcmp (argv[1], "funcs"))
    gen_funcs (f, n);
  else if (!strcmp (argv[1], "big"))
    gen_big (f, n, 64);
  else if (!strcmp (argv[1], "bigacc"))
    gen_big (f, n, 0);
  else if (!strcmp (argv[1], "chain"))
    gen_chain (f, n);
  else if (!strcmp (argv[1], "scc"))
    gen_scc (f, n);
  else
    {
      fprintf (stderr, "gen-stress: unknown kind %s\n", argv[1]);
      return 2;
    }
  if (fclose (f))
    {
      perror (argv[3]);
      return 1;
    }
  return 0;
}
