/* fuzzgen: write a random, well-defined C program exercising heap allocation
   and pointer flow, for differential testing of the escape plugin's promotion.

     fuzzgen SEED > prog.c

   The same SEED gives the same program.  Programs are deterministic and
   terminate (every loop has a small constant bound, recursion depth is bounded:
   at most 50,000 levels, whose frames take under half of an 8 MiB stack at -O0),
   have no undefined behaviour (unsigned arithmetic only, every index reduced
   modulo the block's length, no read of memory before it is written, no use of a
   block after it is freed, no pointer value is ever printed or compared across
   blocks: one formatted with %p or %lx goes to a local buffer and is read back;
   a pointer copied as bytes or integers is rebuilt whole, through memcpy, unsigned
   char or a union, and used only while its block lives), and print a checksum of
   everything they computed after each top-level call and at the end.  Blocks
   may be leaked on purpose (that is well defined).

   What they exercise: malloc, calloc, aligned_alloc, strdup, strndup, realloc and
   free, with constant and variable sizes (some larger than 4096 bytes); pointers
   kept in locals, local structs and arrays, globals, out-parameters and heap blocks;
   loops whose blocks die within the iteration and loops whose blocks survive it;
   bounded recursion; conditional frees; ?: merges of pointers; helpers that free,
   keep or return their argument, or grow it with realloc (directly, or through
   the struct that holds it); realloc in the allocating function.  Pointer bits that move without a pointer type
   and are rebuilt into a pointer that is used and may free the block: a union's
   bytes or words copied by a loop into another union (local, global or on the
   heap); byte, short or int arrays filled from a pointer's representation (an
   unsigned char view, memcpy per element, a union, a byte-copying callee);
   memcpy in halves, at offsets, with sizes known only at run time; uintptr_t
   split into unsigned halves by shift and mask (parked in globals, doubles, a
   vector), unsigned long, %lx and %p text.  Recursion a few thousand to 50,000
   levels deep with a 16 to 128-byte block per level: frames that held their
   blocks could overflow the stack.  Blocks in a field of a struct among integer
   fields: in arrays of structs, nested structs, structs copied by value or into
   a union over them, two structs' fields sharing a block.  Helpers with a scratch
   block of 1 to 4 KiB (noinline, inlinable, inline or always_inline) called at
   every level of a recursion 3,000 to 6,000 deep, direct or through a callback
   of the C library (qsort's comparator, twalk's action): a block that moved
   into the recursive frame when GCC inlined its helper, or into a function
   that library code calls again, would overflow the stack.  These come from a
   random stream of their own, so that a seed's other functions stay what they
   were.  */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdarg.h>

/* ---- random numbers (splitmix64) ---- */
static unsigned long long rng_state;

static unsigned long long
rnd64 (void)
{
  unsigned long long z = (rng_state += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

/* Uniform in [0, n).  */
static unsigned
rnd (unsigned n)
{
  return n ? (unsigned) (rnd64 () % n) : 0;
}

static int
chance (unsigned percent)
{
  return rnd (100) < percent;
}

/* ---- output ---- */
static int ind;

static void
out (const char *fmt, ...)
{
  va_list ap;
  for (int i = 0; i < ind; i++)
    fputs ("  ", stdout);
  va_start (ap, fmt);
  vprintf (fmt, ap);
  va_end (ap);
  fputc ('\n', stdout);
}

static unsigned uid;

/* ---- generation context ---- */
#define MAXV 12
#define MAXB 12

typedef struct
{
  char p[48];	/* an lvalue of type unsigned * */
  char n[48];	/* its length in elements, an unsigned expression */
} blk;

typedef struct
{
  int depth;		/* statement nesting */
  int loops;		/* enclosing loops */
  int nv;
  char v[MAXV][24];	/* unsigned expressions in scope */
  int nb;
  blk b[MAXB];		/* live blocks: may be read and written, not freed */
  int fn;		/* index of the current function (may call f0..fn-1) */
  int gs_busy;		/* g_s.a holds a live block */
  int rec;		/* whether this is a recursive function */
} ctx;

static int nfuncs, nrecs, ndeeps;
static int deep_called;	/* the one call of a deep recursion from an fK */
static int *calls_made;	/* per function: one call to an earlier one at most */

static void gen_stmts (ctx *c, int n);

static const char *
var (ctx *c)
{
  return c->v[rnd (c->nv)];
}

static void
add_var (ctx *c, const char *name)
{
  if (c->nv < MAXV)
    snprintf (c->v[c->nv++], sizeof c->v[0], "%s", name);
  else
    snprintf (c->v[1 + rnd (MAXV - 1)], sizeof c->v[0], "%s", name);
}

static void
add_blk (ctx *c, const char *p, const char *n)
{
  int i = c->nb < MAXB ? c->nb++ : (int) rnd (MAXB);
  snprintf (c->b[i].p, sizeof c->b[i].p, "%s", p);
  snprintf (c->b[i].n, sizeof c->b[i].n, "%s", n);
}

/* An unsigned expression of the variables in scope.  */
static void
uexpr (ctx *c, char *buf, size_t len)
{
  switch (rnd (4))
    {
    case 0:
      snprintf (buf, len, "%s", var (c));
      break;
    case 1:
      snprintf (buf, len, "(%s * %uu + %uu)", var (c), 1 + rnd (37), rnd (100));
      break;
    case 2:
      snprintf (buf, len, "(%s ^ %s)", var (c), var (c));
      break;
    default:
      snprintf (buf, len, "(%s + %s * %uu)", var (c), var (c), 1 + rnd (9));
      break;
    }
}

static void
cond (ctx *c, char *buf, size_t len)
{
  char e[96];
  uexpr (c, e, sizeof e);
  unsigned m = 2 + rnd (6);
  snprintf (buf, len, "(%s %% %uu %s %uu)", e, m, chance (50) ? "<" : "==",
	    rnd (m));
}

/* Element counts.  Some are at or just past the 4096-byte default limit
   (1024 unsigned), some far past it.  */
static const unsigned sizes[] = {
  1, 2, 3, 4, 5, 8, 16, 17, 31, 64, 100, 255, 256, 1000, 1023, 1024, 1025,
  1500, 4096, 5000, 20000
};
#define NSIZES (sizeof sizes / sizeof sizes[0])

static unsigned
csize (void)
{
  /* Mostly small.  */
  if (chance (70))
    return sizes[rnd (10)];
  return sizes[rnd (NSIZES)];
}

/* The constant part of a deep recursion's depth, often near the top; callers
   add up to 999 at run time.  */
static unsigned
deep_depth (void)
{
  return chance (50) ? 40000 + rnd (9001) : 2000 + rnd (38001);
}

/* Declare `unsigned NAME = COUNT;' and say whether it is a constant.  */
static int
decl_count (ctx *c, const char *name, unsigned *k)
{
  *k = csize ();
  if (chance (50))
    {
      out ("const unsigned %s = %u;", name, *k);
      return 1;
    }
  out ("unsigned %s = %uu + %s %% %uu;", name, *k, var (c), 1 + rnd (8));
  return 0;
}

/* Allocate a block of unsigned into P (declared here) with N elements (declared
   before).  K is N's constant part (N itself if ISCONST).  */
static void
alloc_into (ctx *c, const char *decl, const char *p, const char *n, unsigned k,
	    int isconst)
{
  char seed[96];
  uexpr (c, seed, sizeof seed);
  switch (rnd (isconst ? 11 : 9))
    {
    case 0:
    case 1:
    case 2:
      out ("%s%s = malloc (%s * sizeof (unsigned));", decl, p, n);
      break;
    case 3:
      out ("%s%s = calloc (%s, sizeof (unsigned));", decl, p, n);
      out ("acc += %s[%s - 1] + %s[0];", p, n, p);	/* zeros */
      break;
    case 4:
      out ("%s%s = calloc (1, %s * sizeof (unsigned));", decl, p, n);
      out ("acc += %s[%s / 2];", p, n);
      break;
    case 5:
      out ("%s%s = aligned_alloc (64, (%s * sizeof (unsigned) + 63) / 64 * 64);",
	   decl, p, n);
      out ("acc += ((uintptr_t) %s %% 64) == 0;", p);
      break;
    case 6:
      out ("%s%s = h_new (%s, %s);", decl, p, n, seed);
      break;
    case 7:
      if (*decl)
	out ("%s%s;", decl, p);
      out ("h_make (&%s, %s, %s);", p, n, seed);
      break;
    case 8:
      out ("%s%s = __builtin_malloc (%s * sizeof (unsigned));", decl, p, n);
      break;
    case 9:
      out ("%s%s = malloc (sizeof (unsigned[%u]));", decl, p, k);
      break;
    default:
      out ("%s%s = calloc (%u, sizeof (unsigned));", decl, p, k);
      out ("acc += %s[%u];", p, k - 1);
      break;
    }
  out ("if (!%s) abort ();", p);
  if (chance (30))
    out ("acc += ((uintptr_t) %s & 15) == 0;", p);
  /* Initialize every element before anything reads it.  */
  char j[16];
  snprintf (j, sizeof j, "j%u", uid++);
  out ("for (unsigned %s = 0; %s < %s; %s++)", j, j, n, j);
  out ("  %s[%s] = %s * %uu + %s;", p, j, j, 1 + rnd (97), seed);
}

/* Give back block P of N elements, or hand it to someone who will.  */
static void
release (ctx *c, const char *p, const char *n, int may_leak)
{
  char cd[128];
  cond (c, cd, sizeof cd);
  unsigned r = rnd (may_leak ? 18 : 17);
  if (r == 14 && !may_leak)
    r = 17;
  switch (r)
    {
    case 15:
      out ("{");
      out ("  unsigned *r%u = h_grow (%s, %s, %s + %uu);", uid, p, n, n, 1 + rnd (9));
      out ("  acc += r%u[%s] + r%u[0];", uid, n, uid);
      out ("  free (r%u);", uid);
      out ("}");
      uid++;
      break;
    case 16:
      out ("{");
      out ("  struct gbuf b%u = { %s, %s };", uid, p, n);
      out ("  h_grow_in (&b%u, %s + %uu);", uid, n, rnd (3) * 1000 + 1 + rnd (9));
      out ("  acc += b%u.p[b%u.n - 1u] + b%u.p[0];", uid, uid, uid);
      out ("  free (b%u.p);", uid);
      out ("}");
      uid++;
      break;
    case 17:
      out ("{");
      out ("  unsigned *r%u = realloc (%s, (%s + %uu) * sizeof (unsigned));", uid, p, n,
	   1 + rnd (9));
      out ("  if (!r%u) abort ();", uid);
      out ("  r%u[%s] = %s;", uid, n, var (c));
      out ("  acc += r%u[%s] + r%u[0];", uid, n, uid);
      out ("  free (r%u);", uid);
      out ("}");
      uid++;
      break;
    case 13:
      out ("g_freer[%s & 1u] (%s);", var (c), p);
      break;
    case 0:
    case 1:
    case 2:
      out ("free (%s);", p);
      break;
    case 3:
      out ("if %s", cd);
      out ("  free (%s);", p);
      out ("else");
      out ("  {");
      out ("    acc += %s[0];", p);
      out ("    free (%s);", p);
      out ("  }");
      break;
    case 4:
      out ("h_free (%s);", p);
      break;
    case 5:
      out ("h_free_after (%s, %s);", p, n);
      break;
    case 6:
      out ("if (!h_maybe_free (%s, %s))", p, var (c));
      out ("  free (%s);", p);
      break;
    case 7:
      out ("{");
      out ("  unsigned *q%u = %s;", uid, p);
      out ("  free (q%u);", uid);
      out ("}");
      uid++;
      break;
    case 8:
      out ("free (h_ident (%s));", p);
      break;
    case 9:
      out ("h_keep (%s);", p);
      break;
    case 10:
      out ("{");
      out ("  uintptr_t u%u = (uintptr_t) %s;", uid, p);
      out ("  free ((unsigned *) u%u);", uid);
      out ("}");
      uid++;
      break;
    case 11:
      out ("{");
      out ("  unsigned *q%u;", uid);
      out ("  memcpy (&q%u, &%s, sizeof q%u);", uid, p, uid);
      out ("  acc += q%u[%s - 1]++;", uid, n);
      out ("  free (q%u);", uid);
      out ("}");
      uid++;
      break;
    case 12:
      out ("if %s", cd);
      out ("  {");
      out ("    free (%s);", p);
      out ("    %s = NULL;", p);
      out ("  }");
      out ("if (%s)", p);
      out ("  {");
      out ("    acc += %s[%s - 1];", p, n);
      out ("    free (%s);", p);
      out ("  }");
      break;
    case 14:
      out ("/* leaked */");
      break;
    default:
      out ("/* leaked */");
      break;
    }
}

/* The end of a scenario that owns block P with N elements: rnd (STMTS) statements
   that may use it, its release (MAY_LEAK as release takes it), and the closing
   brace.  */
static void
finish_block (ctx *c, const char *p, const char *n, unsigned stmts, int may_leak)
{
  ctx d = *c;
  d.depth++;
  add_blk (&d, p, n);
  gen_stmts (&d, rnd (stmts));
  release (c, p, n, may_leak);
  ind--;
  out ("}");
}


/* ---- scenarios ---- */

/* A use of a live block: read, write, pass it to a reader, alias it.  */
static void
sc_use (ctx *c)
{
  if (c->nb == 0)
    {
      char e[96];
      uexpr (c, e, sizeof e);
      out ("acc = acc * 3u + %s;", e);
      return;
    }
  blk *b = &c->b[rnd (c->nb)];
  char e[96], f[96];
  uexpr (c, e, sizeof e);
  uexpr (c, f, sizeof f);
  switch (rnd (9))
    {
    case 0:
      out ("%s[%s %% %s] += %s;", b->p, e, b->n, f);
      break;
    case 1:
      out ("acc += %s[%s %% %s];", b->p, e, b->n);
      break;
    case 2:
      out ("acc += h_sum (%s, %s);", b->p, b->n);
      break;
    case 3:
      out ("{");
      out ("  struct S s%u = { 0 };", uid);
      out ("  s%u.a = %s;", uid, b->p);
      out ("  s%u.n = %s;", uid, b->n);
      out ("  s%u.a[%s %% s%u.n] ^= %s;", uid, e, uid, f);
      out ("  acc += s%u.a[0];", uid);
      out ("}");
      uid++;
      break;
    case 4:
      out ("g_alias = %s;", b->p);
      out ("g_alias[%s %% %s] = %s;", e, b->n, f);
      out ("acc += h_sum (g_alias, %s);", b->n);
      out ("g_alias = NULL;");
      break;
    case 5:
      out ("h_fill (%s, %s, %s);", b->p, b->n, e);
      break;
    case 6:
      out ("{");
      out ("  unsigned *d%u = h_dup (%s, %s);", uid, b->p, b->n);
      out ("  acc += d%u[%s %% %s];", uid, e, b->n);
      out ("  free (d%u);", uid);
      out ("}");
      uid++;
      break;
    case 7:
      out ("{");
      out ("  unsigned *w%u = %s + %s %% %s;", uid, b->p, e, b->n);
      out ("  *w%u += %s;", uid, f);
      out ("  acc += *w%u;", uid);
      out ("}");
      uid++;
      break;
    default:
      out ("{");
      out ("  struct S s%u;", uid);
      out ("  h_attach (&s%u, %s, %s);", uid, b->p, b->n);
      out ("  struct S t%u = s%u;", uid, uid);
      out ("  acc += t%u.a[t%u.n - 1];", uid, uid);
      out ("}");
      uid++;
      break;
    }
}

/* A block in a local: allocate, use (nested statements may too), release.  */
static void
sc_local (ctx *c)
{
  unsigned u = uid++, k;
  char p[16], n[16];
  snprintf (p, sizeof p, "p%u", u);
  snprintf (n, sizeof n, "n%u", u);
  out ("{");
  ind++;
  int isconst = decl_count (c, n, &k);
  alloc_into (c, "unsigned *", p, n, k, isconst);
  finish_block (c, p, n, 3, c->loops == 0);
}

/* A block kept in a local struct, maybe copied by value.  */
static void
sc_struct (ctx *c)
{
  unsigned u = uid++, k;
  char s[16], p[24], n[24];
  snprintf (s, sizeof s, "s%u", u);
  snprintf (p, sizeof p, "s%u.a", u);
  snprintf (n, sizeof n, "s%u.n", u);
  out ("{");
  ind++;
  out ("struct S %s;", s);
  out ("memset (&%s, 0, sizeof %s);", s, s);
  char nn[16];
  snprintf (nn, sizeof nn, "n%u", u);
  int isconst = decl_count (c, nn, &k);
  out ("%s = %s;", n, nn);
  alloc_into (c, "", p, n, k, isconst);
  ctx d = *c;
  d.depth++;
  add_blk (&d, p, n);
  gen_stmts (&d, rnd (3));
  if (chance (50))
    {
      out ("struct S t%u = %s;", u, s);
      snprintf (p, sizeof p, "t%u.a", u);
      snprintf (n, sizeof n, "t%u.n", u);
    }
  release (c, p, n, 0);
  ind--;
  out ("}");
}

/* Blocks kept in a local array of pointers.  */
static void
sc_array (ctx *c)
{
  unsigned u = uid++;
  unsigned m = 2 + rnd (5);
  unsigned k = chance (80) ? sizes[rnd (8)] : csize ();
  out ("{");
  ind++;
  out ("unsigned *a%u[%u];", u, m);
  if (chance (50))
    {
      out ("for (unsigned j%u = 0; j%u < %u; j%u++)", u, u, m, u);
      out ("  {");
      out ("    a%u[j%u] = %s ((j%u + %uu) * sizeof (unsigned));", u, u,
	   chance (50) ? "malloc" : "h_new_bytes", u, k);
      out ("    for (unsigned e%u = 0; e%u < j%u + %uu; e%u++)", u, u, u, k, u);
      out ("      a%u[j%u][e%u] = e%u ^ %s;", u, u, u, u, var (c));
      out ("  }");
    }
  else
    for (unsigned j = 0; j < m; j++)
      {
	out ("a%u[%u] = calloc (%u, sizeof (unsigned));", u, j, j + k);
	out ("a%u[%u][%u] = %s;", u, j, rnd (j + k), var (c));
      }
  ctx d = *c;
  d.depth++;
  char p[24], n[24];
  unsigned j = rnd (m);
  snprintf (p, sizeof p, "a%u[%u]", u, j);
  snprintf (n, sizeof n, "%uu", j + k);
  add_blk (&d, p, n);
  gen_stmts (&d, rnd (3));
  out ("for (unsigned j%u = 0; j%u < %u; j%u++)", u, u, m, u);
  out ("  acc += a%u[j%u][0];", u, u);
  if (chance (30))
    out ("h_free_all (a%u, %u);", u, m);
  else if (chance (50))
    {
      out ("for (unsigned j%u = %u; j%u-- > 0;)", u, m, u);
      out ("  free (a%u[j%u]);", u, u);
    }
  else
    for (unsigned j = 0; j < m; j++)
      out ("free (a%u[%u]);", u, j);
  ind--;
  out ("}");
}

/* A block reachable from a global while it is used.  */
static void
sc_global (ctx *c)
{
  unsigned u = uid++, k;
  char n[16];
  snprintf (n, sizeof n, "n%u", u);
  out ("{");
  ind++;
  int isconst = decl_count (c, n, &k);
  switch (c->gs_busy ? 1 + rnd (2) : rnd (3))
    {
    case 0:
      alloc_into (c, "", "g_s.a", n, k, isconst);
      out ("g_s.n = %s;", n);
      {
	ctx d = *c;
	d.depth++;
	d.gs_busy = 1;
	add_blk (&d, "g_s.a", "g_s.n");
	gen_stmts (&d, rnd (2));
      }
      out ("acc += h_sum (g_s.a, g_s.n);");
      out ("free (g_s.a);");
      out ("g_s.a = NULL;");
      break;
    case 1:
      alloc_into (c, "unsigned *", "gp", n, k, isconst);
      out ("g_alias = gp;");
      out ("acc += g_alias[%s %% %s];", var (c), n);
      out ("g_alias = NULL;");
      release (c, "gp", n, 0);
      break;
    default:
      alloc_into (c, "unsigned *", "gp", n, k, isconst);
      out ("h_keep (gp);");
      out ("acc += gp[%s - 1];", n);
      break;
    }
  ind--;
  out ("}");
}

/* The same for block pU with nU elements.  */
static void
use_and_release (ctx *c, unsigned u)
{
  char p[16], n[16];
  snprintf (p, sizeof p, "p%u", u);
  snprintf (n, sizeof n, "n%u", u);
  finish_block (c, p, n, 2, 0);
}

/* Out-parameters: a helper allocates, replaces, or a block is handed back.  */
static void
sc_outparam (ctx *c)
{
  unsigned u = uid++;
  unsigned k = csize ();
  char e[96];
  uexpr (c, e, sizeof e);
  out ("{");
  ind++;
  out ("unsigned *p%u = NULL;", u);
  out ("unsigned n%u = %uu + %s %% 4u;", u, k, var (c));
  out ("h_make (&p%u, n%u, %s);", u, u, e);
  if (chance (50))
    {
      out ("acc += h_sum (p%u, n%u);", u, u);
      out ("n%u = %uu;", u, csize ());
      out ("h_replace (&p%u, n%u);", u, u);
      out ("p%u[n%u - 1] = %s;", u, u, var (c));
    }
  use_and_release (c, u);
}

/* A block held by another heap block, or a list of them.  */
static void
sc_heap (ctx *c)
{
  unsigned u = uid++, k;
  out ("{");
  ind++;
  if (chance (50))
    {
      char n[16], p[24], nn[24];
      snprintf (n, sizeof n, "n%u", u);
      out ("struct S *h%u = malloc (sizeof *h%u);", u, u);
      out ("if (!h%u) abort ();", u);
      int isconst = decl_count (c, n, &k);
      snprintf (p, sizeof p, "h%u->a", u);
      snprintf (nn, sizeof nn, "h%u->n", u);
      alloc_into (c, "", p, n, k, isconst);
      out ("%s = %s;", nn, n);
      ctx d = *c;
      d.depth++;
      add_blk (&d, p, nn);
      gen_stmts (&d, rnd (2));
      out ("acc += h_sum (%s, %s);", p, nn);
      if (chance (50))
	{
	  out ("free (%s);", p);
	  out ("free (h%u);", u);
	}
      else
	out ("h_free_s (h%u);", u);
    }
  else
    {
      unsigned m = 2 + rnd (6);
      k = chance (80) ? sizes[rnd (6)] : csize ();
      out ("struct S *l%u = NULL;", u);
      out ("for (unsigned i%u = 0; i%u < %u; i%u++)", u, u, m, u);
      out ("  {");
      out ("    struct S *e%u = %s (sizeof *e%u);", u,
	   chance (50) ? "malloc" : "h_new_bytes", u);
      out ("    e%u->n = %uu + i%u;", u, k, u);
      out ("    e%u->a = calloc (e%u->n, sizeof (unsigned));", u, u);
      out ("    e%u->a[i%u %% e%u->n] = i%u + %s;", u, u, u, u, var (c));
      out ("    e%u->s = NULL;", u);
      out ("    e%u->next = l%u;", u, u);
      out ("    l%u = e%u;", u, u);
      out ("  }");
      out ("for (struct S *w%u = l%u; w%u; w%u = w%u->next)", u, u, u, u, u);
      out ("  acc = acc * 7u + h_sum (w%u->a, w%u->n);", u, u);
      out ("while (l%u)", u);
      out ("  {");
      out ("    struct S *nx%u = l%u->next;", u, u);
      out ("    h_free_s (l%u);", u);
      out ("    l%u = nx%u;", u, u);
      out ("  }");
    }
  ind--;
  out ("}");
}

/* Loops whose blocks survive an iteration.  */
static void
sc_survive (ctx *c)
{
  unsigned u = uid++;
  unsigned m = 2 + rnd (6);
  unsigned k = csize ();
  out ("{");
  ind++;
  switch (rnd (4))
    {
    case 0:
      out ("unsigned *keep%u = NULL;", u);
      out ("unsigned kn%u = 0;", u);
      out ("for (unsigned i%u = 0; i%u < %u; i%u++)", u, u, m, u);
      out ("  {");
      out ("    unsigned qn%u = %uu + i%u;", u, k, u);
      out ("    unsigned *q%u = malloc (qn%u * sizeof (unsigned));", u, u);
      out ("    for (unsigned j%u = 0; j%u < qn%u; j%u++)", u, u, u, u);
      out ("      q%u[j%u] = j%u + i%u * %uu;", u, u, u, u, 1 + rnd (50));
      out ("    if (keep%u)", u);
      out ("      {");
      out ("        acc += keep%u[kn%u - 1] + q%u[0];", u, u, u);
      out ("        free (keep%u);", u);
      out ("      }");
      out ("    keep%u = q%u;", u, u);
      out ("    kn%u = qn%u;", u, u);
      out ("  }");
      out ("acc += h_sum (keep%u, kn%u);", u, u);
      out ("free (keep%u);", u);
      break;
    case 1:
      /* Two slots alternate; each block lives two iterations.  */
      out ("unsigned *sl%u[2] = { NULL, NULL };", u);
      out ("for (unsigned i%u = 0; i%u < %u; i%u++)", u, u, m, u);
      out ("  {");
      out ("    free (sl%u[i%u & 1]);", u, u);
      out ("    sl%u[i%u & 1] = calloc (%u, sizeof (unsigned));", u, u, k);
      out ("    sl%u[i%u & 1][i%u %% %uu] = i%u;", u, u, u, k, u);
      out ("    if (sl%u[(i%u + 1) & 1])", u, u);
      out ("      acc += h_sum (sl%u[(i%u + 1) & 1], %uu);", u, u, k);
      out ("  }");
      out ("free (sl%u[0]);", u);
      out ("free (sl%u[1]);", u);
      break;
    case 2:
      /* A block allocated in one iteration, freed in the next, maybe.  */
      out ("unsigned *pv%u = NULL;", u);
      out ("for (unsigned i%u = 0; i%u < %u; i%u++)", u, u, m, u);
      out ("  {");
      out ("    if (pv%u && (i%u %% %uu) == 0)", u, u, 1 + rnd (3));
      out ("      {");
      out ("        acc += pv%u[0];", u);
      out ("        free (pv%u);", u);
      out ("        pv%u = NULL;", u);
      out ("      }");
      out ("    if (!pv%u)", u);
      out ("      {");
      out ("        pv%u = %s;", u, chance (50) ? "malloc (4 * sizeof (unsigned))"
	   : "h_new (4, 1)");
      out ("        pv%u[0] = i%u + %s;", u, u, var (c));
      out ("      }");
      out ("  }");
      out ("free (pv%u);", u);
      break;
    default:
      /* Growth with realloc: the first block must stay on the heap.  */
      out ("unsigned rn%u = %uu;", u, 1 + rnd (8));
      out ("unsigned *r%u = %s (rn%u * sizeof (unsigned));", u,
	   chance (70) ? "malloc" : "h_new_bytes", u);
      out ("if (!r%u) abort ();", u);
      out ("for (unsigned j%u = 0; j%u < rn%u; j%u++)", u, u, u, u);
      out ("  r%u[j%u] = j%u;", u, u, u);
      out ("for (unsigned i%u = 0; i%u < %u; i%u++)", u, u, m, u);
      out ("  {");
      out ("    unsigned *t%u = realloc (r%u, (rn%u + %uu) * sizeof (unsigned));",
	   u, u, u, 1 + rnd (k));
      out ("    if (!t%u) abort ();", u);
      out ("    r%u = t%u;", u, u);
      out ("    r%u[rn%u] = i%u;", u, u, u);
      out ("    rn%u++;", u);
      out ("  }");
      out ("acc += h_sum (r%u, rn%u);", u, u);
      out ("free (r%u);", u);
      break;
    }
  ind--;
  out ("}");
}

/* ?: merges of allocations and of pointers.  */
static void
sc_merge (ctx *c)
{
  unsigned u = uid++;
  char cd[128];
  cond (c, cd, sizeof cd);
  unsigned a = csize (), b = csize ();
  out ("{");
  ind++;
  switch (rnd (4))
    {
    case 0:
      {
	out ("unsigned n%u = %s ? %uu : %uu;", u, cd, a, b);
	out ("unsigned *p%u = %s ? malloc (%uu * sizeof (unsigned)) "
	     ": calloc (%uu, sizeof (unsigned));", u, cd, a, b);
	/* The two conditions are the same expression: n matches.  */
	out ("if (!p%u) abort ();", u);
	out ("for (unsigned j%u = 0; j%u < n%u; j%u++)", u, u, u, u);
	out ("  p%u[j%u] = j%u * %uu;", u, u, u, 1 + rnd (9));
	break;
      }
    case 1:
      {
	out ("unsigned *x%u = malloc (%uu * sizeof (unsigned));", u, a);
	out ("unsigned *y%u = calloc (%uu, sizeof (unsigned));", u, b);
	out ("if (!x%u || !y%u) abort ();", u, u);
	out ("for (unsigned j%u = 0; j%u < %uu; j%u++)", u, u, a, u);
	out ("  x%u[j%u] = j%u * 3u;", u, u, u);
	out ("unsigned *q%u = %s ? x%u : y%u;", u, cd, u, u);
	out ("q%u[0] += %s;", u, var (c));
	out ("acc += x%u[0] + y%u[0];", u, u);
	if (chance (50))
	  {
	    out ("free (%s ? x%u : y%u);", cd, u, u);
	    out ("free (%s ? y%u : x%u);", cd, u, u);
	  }
	else
	  {
	    out ("free (h_pick (x%u, y%u, %s));", u, u, cd);
	    out ("free (h_pick (y%u, x%u, %s));", u, u, cd);
	  }
	ind--;
	out ("}");
	return;
      }
    case 2:
      {
	/* A local buffer or the heap.  */
	out ("unsigned buf%u[%u];", u, a);
	out ("unsigned n%u = %uu + %s %% %uu;", u, b, var (c), 1 + rnd (8));
	out ("unsigned *p%u = n%u > %uu ? malloc (n%u * sizeof (unsigned)) : buf%u;",
	     u, u, a, u, u);
	out ("if (!p%u) abort ();", u);
	out ("for (unsigned j%u = 0; j%u < n%u; j%u++)", u, u, u, u);
	out ("  p%u[j%u] = j%u ^ %s;", u, u, u, var (c));
	out ("acc += h_sum (p%u, n%u);", u, u);
	out ("if (p%u != buf%u)", u, u);
	out ("  free (p%u);", u);
	ind--;
	out ("}");
	return;
      }
    default:
      {
	/* A block or NULL; free (NULL) is fine.  */
	out ("unsigned n%u = %uu;", u, a);
	out ("unsigned *p%u = %s ? h_new (n%u, %s) : NULL;", u, cd, u, var (c));
	out ("if (p%u)", u);
	out ("  acc += p%u[n%u - 1];", u, u);
	out ("free (p%u);", u);
	ind--;
	out ("}");
	return;
      }
    }
  use_and_release (c, u);
}

/* Strings: strdup, strndup, built strings.  */
static void
sc_string (ctx *c)
{
  static const char *lits[] = {
    "", "a", "hello", "escape analysis", "0123456789abcdef",
    "a somewhat longer string that is still short enough for the stack"
  };
  unsigned u = uid++;
  out ("{");
  ind++;
  switch (rnd (5))
    {
    case 0:
      out ("char *s%u = strdup (\"%s\");", u, lits[rnd (6)]);
      out ("if (!s%u) abort ();", u);
      out ("acc += h_str (s%u) + (unsigned) strlen (s%u);", u, u);
      out ("if (s%u[0])", u);
      out ("  s%u[0] = 'X';", u);
      out ("acc += h_str (s%u);", u);
      out ("%s (s%u);", chance (50) ? "free" : "h_free_str", u);
      break;
    case 1:
      out ("char b%u[32];", u);
      out ("snprintf (b%u, sizeof b%u, \"k%%u-%%u\", %s, %s);", u, u, var (c),
	   var (c));
      if (chance (50))
	out ("char *s%u = strdup (b%u);", u, u);
      else
	out ("char *s%u = strndup (b%u, %s);", u, u, chance (50) ? "5" : "64");
      out ("if (!s%u) abort ();", u);
      out ("acc += h_str (s%u);", u);
      out ("free (s%u);", u);
      break;
    case 2:
      out ("char *s%u = h_strbuild (%s);", u, var (c));
      out ("char *t%u = strndup (s%u, %uu);", u, u, rnd (6));
      out ("if (!t%u) abort ();", u);
      out ("acc += h_str (s%u) * 3u + h_str (t%u);", u, u);
      out ("free (t%u);", u);
      out ("free (s%u);", u);
      break;
    case 3:
      {
	unsigned k = chance (70) ? 1 + rnd (200) : 4000 + rnd (200);
	out ("unsigned n%u = %uu + %s %% 50u;", u, k, var (c));
	out ("unsigned char *b%u = malloc (n%u);", u, u);
	out ("if (!b%u) abort ();", u);
	out ("memset (b%u, (int) (%s & 0xff), n%u);", u, var (c), u);
	out ("b%u[%s %% n%u] = 7;", u, var (c), u);
	out ("for (unsigned j%u = 0; j%u < n%u; j%u++)", u, u, u, u);
	out ("  acc = acc * 5u + b%u[j%u];", u, u);
	out ("free (b%u);", u);
	break;
      }
    default:
      {
	/* strdup of a dynamic string; alternate copy through ?:  */
	char cd[128];
	cond (c, cd, sizeof cd);
	out ("char *s%u = h_strbuild (%s);", u, var (c));
	out ("char *t%u = %s ? strdup (s%u) : strdup (\"%s\");", u, cd, u,
	     lits[rnd (6)]);
	out ("if (!t%u) abort ();", u);
	out ("acc += h_str (t%u);", u);
	out ("free (s%u);", u);
	out ("free (t%u);", u);
	break;
      }
    }
  ind--;
  out ("}");
}

/* A loop around nested statements; blocks allocated inside die inside.  */
static void
sc_loop (ctx *c)
{
  unsigned u = uid++;
  unsigned m = 1 + rnd (c->loops ? 3 : 6);
  out ("for (unsigned i%u = 0; i%u < %u; i%u++)", u, u, m, u);
  out ("  {");
  ind += 2;
  ctx d = *c;
  d.depth++;
  d.loops++;
  char v[16];
  snprintf (v, sizeof v, "i%u", u);
  add_var (&d, v);
  gen_stmts (&d, 1 + rnd (3));
  if (chance (15))
    {
      char cd[128];
      cond (&d, cd, sizeof cd);
      out ("if %s", cd);
      out ("  %s;", chance (50) ? "continue" : "break");
    }
  ind -= 2;
  out ("  }");
}

static void
sc_if (ctx *c)
{
  char cd[128];
  cond (c, cd, sizeof cd);
  out ("if %s", cd);
  out ("  {");
  ind += 2;
  ctx d = *c;
  d.depth++;
  gen_stmts (&d, 1 + rnd (2));
  ind -= 2;
  out ("  }");
  if (chance (50))
    {
      out ("else");
      out ("  {");
      ind += 2;
      gen_stmts (&d, 1 + rnd (2));
      ind -= 2;
      out ("  }");
    }
}

/* Several constant blocks at once: exercises the frame budget.  */
static void
sc_many (ctx *c)
{
  unsigned u = uid++;
  unsigned m = 2 + rnd (6);
  unsigned k = 256 + rnd (800);
  out ("{");
  ind++;
  for (unsigned j = 0; j < m; j++)
    {
      out ("unsigned *m%u_%u = malloc (%uu * sizeof (unsigned));", u, j, k);
      out ("if (!m%u_%u) abort ();", u, j);
      out ("memset (m%u_%u, %u, %uu * sizeof (unsigned));", u, j, j, k);
      out ("m%u_%u[%u] = %s;", u, j, rnd (k), var (c));
    }
  for (unsigned j = 0; j < m; j++)
    {
      out ("acc += h_sum (m%u_%u, %uu);", u, j, k);
      out ("free (m%u_%u);", u, j);
    }
  ind--;
  out ("}");
}

/* A flexible array member, a pointer array on the heap, qsort.  */
static void
sc_misc (ctx *c)
{
  unsigned u = uid++;
  unsigned k = csize ();
  out ("{");
  ind++;
  switch (rnd (3))
    {
    case 0:
      out ("unsigned n%u = %uu + %s %% 3u;", u, k, var (c));
      out ("struct F *f%u = malloc (sizeof (struct F) + n%u * sizeof (unsigned));",
	   u, u);
      out ("if (!f%u) abort ();", u);
      out ("f%u->n = n%u;", u, u);
      out ("for (unsigned j%u = 0; j%u < n%u; j%u++)", u, u, u, u);
      out ("  f%u->d[j%u] = j%u * %s;", u, u, u, var (c));
      out ("acc += h_sum (f%u->d, f%u->n);", u, u);
      out ("free (f%u);", u);
      break;
    case 1:
      {
	unsigned m = 1 + rnd (5);
	out ("unsigned **pp%u = malloc (%u * sizeof (unsigned *));", u, m);
	out ("if (!pp%u) abort ();", u);
	out ("for (unsigned j%u = 0; j%u < %u; j%u++)", u, u, m, u);
	out ("  pp%u[j%u] = h_new (j%u + 1, %s);", u, u, u, var (c));
	out ("for (unsigned j%u = 0; j%u < %u; j%u++)", u, u, m, u);
	out ("  {");
	out ("    acc += h_sum (pp%u[j%u], j%u + 1);", u, u, u);
	out ("    free (pp%u[j%u]);", u, u);
	out ("  }");
	out ("free (pp%u);", u);
	break;
      }
    default:
      if (k > 2000)
	k = 100;
      out ("unsigned *q%u = malloc (%uu * sizeof (unsigned));", u, k);
      out ("if (!q%u) abort ();", u);
      out ("for (unsigned j%u = 0; j%u < %uu; j%u++)", u, u, k, u);
      out ("  q%u[j%u] = (j%u * 2654435761u) ^ %s;", u, u, u, var (c));
      out ("qsort (q%u, %uu, sizeof (unsigned), cmp_u);", u, k);
      out ("acc += h_sum (q%u, %uu);", u, k);
      out ("free (q%u);", u);
      break;
    }
  ind--;
  out ("}");
}

/* A block that escapes to a pending slot, read and freed by main after this
   function returned and the stack was overwritten.  */
static void
sc_escape (ctx *c)
{
  unsigned u = uid++, k;
  unsigned slot = rnd (4);
  char p[16], n[16];
  snprintf (p, sizeof p, "p%u", u);
  snprintf (n, sizeof n, "n%u", u);
  out ("{");
  ind++;
  int isconst = decl_count (c, n, &k);
  alloc_into (c, "unsigned *", p, n, k, isconst);
  ctx d = *c;
  d.depth++;
  add_blk (&d, p, n);
  gen_stmts (&d, rnd (2));
  out ("pend_clear (%u);", slot);
  switch (rnd (9))
    {
    case 0:
      out ("g_pend[%u].p = %s;", slot, p);
      out ("g_pend[%u].n = %s;", slot, n);
      break;
    case 1:
      out ("h_stash (%s, %s, %u);", p, n, slot);
      break;
    case 2:
      out ("g_stash_fp%s (%s, %s, %u);", chance (50) ? "" : "_v", p, n, slot);
      break;
    case 3:
      out ("memcpy (&g_pend[%u].p, &%s, sizeof %s);", slot, p, p);
      out ("g_pend[%u].n = %s;", slot, n);
      break;
    case 4:
      out ("g_pend[%u].u = (uintptr_t) %s;", slot, p);
      out ("g_pend[%u].n = %s;", slot, n);
      break;
    case 5:
      out ("struct S *h%u = malloc (sizeof *h%u);", u, u);
      out ("if (!h%u) abort ();", u);
      out ("h%u->a = %s;", u, p);
      out ("h%u->n = %s;", u, n);
      out ("g_pend[%u].h = h%u;", slot, u);
      break;
    case 6:
      out ("h_va_stash (%u, %s, %s);", slot, p, n);
      break;
    case 7:
      out ("struct P t%u = { %s, %s, 0, NULL };", u, p, n);
      out ("g_pend[%u] = t%u;", slot, u);
      break;
    default:
      out ("unsigned **pp%u = &g_pend[%u].p;", u, slot);
      out ("*pp%u = %s;", u, p);
      out ("g_pend[%u].n = %s;", slot, n);
      break;
    }
  out ("acc += %s[%s %% %s];", p, var (c), n);
  ind--;
  out ("}");
}

static int nmakers;

/* A block in a field of a struct among integer fields, in an array of such
   structs, maybe copied by value or into a union over the struct, maybe also in
   a second struct's field (an alias that is never freed); helpers read the
   integer fields, sum the block through the struct, free it or take it out.  */
static void
sc_fields (ctx *c)
{
  unsigned u = uid++, k;
  unsigned m = 1 + rnd (4), i = rnd (m);
  char holder[32], p[48], n[48], nn[16], e[96];
  out ("{");
  ind++;
  out ("struct T t%u[%u];", u, m);
  out ("memset (t%u, 0, sizeof t%u);", u, u);
  for (unsigned j = 0; j < m; j++)
    {
      uexpr (c, e, sizeof e);
      out ("t%u[%u].tag = %s;", u, j, e);
      out ("t%u[%u].w[1] = %uu;", u, j, rnd (1000));
    }
  snprintf (nn, sizeof nn, "n%u", u);
  int isconst = decl_count (c, nn, &k);
  snprintf (holder, sizeof holder, "t%u[%u]", u, i);
  out ("%s.in.n = %s;", holder, nn);
  snprintf (p, sizeof p, "%s.in.p", holder);
  snprintf (n, sizeof n, "%s.in.n", holder);
  alloc_into (c, "", p, n, k, isconst);
  out ("acc += h_tag (&%s);", holder);
  if (m > 1 && chance (30))
    {
      out ("t%u[%u].in = %s.in;", u, (i + 1) % m, holder);
      out ("acc += t%u[%u].in.p[0] + h_tag (&t%u[%u]);", u, (i + 1) % m, u, (i + 1) % m);
    }
  switch (rnd (3))
    {
    case 0:
      out ("struct T c%u = %s;", u, holder);
      snprintf (holder, sizeof holder, "c%u", u);
      break;
    case 1:
      out ("union V v%u;", u);
      out ("memset (&v%u, 0, sizeof v%u);", u, u);
      out ("v%u.t = %s;", u, holder);
      out ("acc += v%u.t.tag;", u);
      snprintf (holder, sizeof holder, "v%u.t", u);
      break;
    default:
      break;
    }
  snprintf (p, sizeof p, "%s.in.p", holder);
  snprintf (n, sizeof n, "%s.in.n", holder);
  ctx d = *c;
  d.depth++;
  add_blk (&d, p, n);
  gen_stmts (&d, rnd (3));
  out ("acc += h_sum_t (&%s) + h_tag (&%s);", holder, holder);
  switch (rnd (3))
    {
    case 0:
      out ("h_free_t (&%s);", holder);
      break;
    case 1:
      out ("free (h_take_t (&%s));", holder);
      break;
    default:
      release (c, p, n, 0);
      break;
    }
  ind--;
  out ("}");
}

/* Two blocks in the fields of one struct; helpers read one field, return it,
   swap the two, or (last) keep, free or take the first, so that the summary of
   each says which field it leaks.  */
static void
sc_two_fields (ctx *c)
{
  unsigned u = uid++, ka, kb;
  char na[16], nb[16], p[32], n[32], e[96];
  out ("{");
  ind++;
  snprintf (na, sizeof na, "na%u", u);
  int ca = decl_count (c, na, &ka);
  snprintf (nb, sizeof nb, "nb%u", u);
  int cb = decl_count (c, nb, &kb);
  out ("struct W w%u;", u);
  out ("w%u.na = %s;", u, na);
  out ("w%u.nb = %s;", u, nb);
  snprintf (p, sizeof p, "w%u.a", u);
  snprintf (n, sizeof n, "w%u.na", u);
  alloc_into (c, "", p, n, ka, ca);
  snprintf (p, sizeof p, "w%u.b", u);
  snprintf (n, sizeof n, "w%u.nb", u);
  alloc_into (c, "", p, n, kb, cb);
  for (unsigned j = rnd (4); j > 0; j--)
    switch (rnd (3))
      {
      case 0:
	out ("acc += h_sum (h_first_w (&w%u), w%u.na);", u, u);
	break;
      case 1:
	uexpr (c, e, sizeof e);
	out ("acc += h_sum_pick_w (&w%u, %s);", u, e);
	break;
      default:
	out ("h_swap_w (&w%u);", u);
	break;
      }
  switch (rnd (4))
    {
    case 0:
      out ("h_keep (h_first_w (&w%u));", u);
      out ("w%u.a = NULL;", u);
      out ("w%u.na = 0;", u);
      break;
    case 1:
      out ("h_free_first_w (&w%u);", u);
      break;
    case 2:
      out ("free (h_take_first_w (&w%u));", u);
      break;
    default:
      break;
    }
  out ("acc += h_sum (w%u.a, w%u.na) + h_sum (w%u.b, w%u.nb);", u, u, u, u);
  out ("free (w%u.a);", u);
  out ("free (w%u.b);", u);
  ind--;
  out ("}");
}

/* A block made by a generated allocating function.  */
static void
sc_callee (ctx *c)
{
  if (!nmakers)
    {
      sc_local (c);
      return;
    }
  unsigned u = uid++, k;
  char p[16], n[16];
  snprintf (p, sizeof p, "p%u", u);
  snprintf (n, sizeof n, "n%u", u);
  out ("{");
  ind++;
  decl_count (c, n, &k);
  unsigned m = rnd (nmakers);
  switch (rnd (3))
    {
    case 0:
      out ("unsigned *%s = m%u (%s, %s);", p, m, n, var (c));
      break;
    case 1:
      out ("struct S s%u = ms%u (%s, %s);", u, m, n, var (c));
      out ("unsigned *%s = s%u.a;", p, u);
      break;
    default:
      out ("unsigned *%s;", p);
      out ("o%u (&%s, %s, %s);", m, p, n, var (c));
      break;
    }
  finish_block (c, p, n, 3, c->loops == 0);
}

/* ---- pointer bits: a block's address copied without a pointer type ---- */

/* The statements that copy pointer P's bits somewhere and rebuild them into Q
   (an unsigned * the caller declared); U names their temporaries.  OWNER (48
   bytes) names what frees the block at the end; a copy may change it to a local
   of its own that still holds the pointer.  */
typedef void bits_fn (ctx *c, unsigned u, const char *p, const char *q,
		      char *owner);

/* A size_t known only at run time and equal to sizeof (unsigned *).  */
static void
rt_ptr_size (ctx *c, char *buf, size_t len)
{
  switch (rnd (3))
    {
    case 0:
      snprintf (buf, len, "g_vsz");
      break;
    case 1:
      snprintf (buf, len, "g_one * sizeof (unsigned *)");
      break;
    default:
      snprintf (buf, len, "(%s %% 2u ? g_vsz : sizeof (unsigned *))", var (c));
      break;
    }
}

/* A memcpy of sizeof (unsigned *) bytes from SRC to DST (parenthesized byte
   pointers): whole, in two halves, with a run-time size, or in chunks of a
   run-time size.  */
static void
mem_pieces (ctx *c, const char *dst, const char *src)
{
  unsigned u = uid++;
  char z[96];
  switch (rnd (4))
    {
    case 0:
      out ("memcpy (%s, %s, sizeof (unsigned *));", dst, src);
      break;
    case 1:
      out ("memcpy (%s, %s, sizeof (unsigned *) / 2);", dst, src);
      out ("memcpy (%s + sizeof (unsigned *) / 2, %s + sizeof (unsigned *) / 2, "
	   "sizeof (unsigned *) - sizeof (unsigned *) / 2);", dst, src);
      break;
    case 2:
      rt_ptr_size (c, z, sizeof z);
      out ("size_t z%u = %s;", u, z);
      out ("memcpy (%s, %s, z%u);", dst, src, u);
      break;
    default:
      out ("size_t z%u = %uu * g_one;", u, 1u << rnd (3));
      out ("for (size_t at%u = 0; at%u < sizeof (unsigned *); at%u += z%u)",
	   u, u, u, u);
      out ("  memcpy (%s + at%u, %s + at%u, z%u);", dst, u, src, u, u);
      break;
    }
}

/* Unions: P stored in a local or global union U, copied byte by byte or word
   by word into another one (local, global or on the heap) and read back as
   the pointer.  A local destination may own the block.  */
static void
bits_union (ctx *c, unsigned u, const char *p, const char *q, char *owner)
{
  char s[24], d[24];
  int heap = 0;
  (void) c;
  if (chance (50))
    {
      out ("union U su%u;", u);
      snprintf (s, sizeof s, "su%u.", u);
    }
  else
    snprintf (s, sizeof s, "g_u[0].");
  switch (rnd (3))
    {
    case 0:
      out ("union U du%u;", u);
      snprintf (d, sizeof d, "du%u.", u);
      if (chance (40))
	snprintf (owner, 48, "du%u.p", u);
      break;
    case 1:
      snprintf (d, sizeof d, "g_u[1].");
      break;
    default:
      out ("union U *hu%u = malloc (sizeof *hu%u);", u, u);
      out ("if (!hu%u) abort ();", u);
      snprintf (d, sizeof d, "hu%u->", u);
      heap = 1;
      break;
    }
  const char *m = chance (50) ? "b" : "w";
  out ("%sp = %s;", s, p);
  if (chance (70))
    out ("for (unsigned j%u = 0; j%u < sizeof %s%s / sizeof %s%s[0]; j%u++)",
	 u, u, s, m, s, m, u);
  else
    out ("for (unsigned j%u = sizeof %s%s / sizeof %s%s[0]; j%u-- > 0;)",
	 u, s, m, s, m, u);
  out ("  %s%s[j%u] = %s%s[j%u];", d, m, u, s, m, u);
  out ("%s = %sp;", q, d);
  if (heap)
    out ("free (hu%u);", u);
}

/* Representation loops: P's bytes read into an array of unsigned char, short
   or int (through an unsigned char view, memcpy per element, a union, or a
   byte-copying callee) and the pointer rebuilt from the array.  */
static void
bits_repr (ctx *c, unsigned u, const char *p, const char *q, char *owner)
{
  static const char *const types[] = {
    "unsigned char", "unsigned short", "unsigned"
  };
  unsigned t = rnd (3);
  (void) c;
  (void) owner;
  out ("%s a%u[sizeof (unsigned *) / sizeof (%s)];", types[t], u, types[t]);
  out ("const unsigned char *v%u = (const unsigned char *) &%s;", u, p);
  /* The char view only for unsigned char elements.  */
  switch (rnd (t == 0 ? 4 : 3))
    {
    case 0:
      out ("for (unsigned j%u = 0; j%u < sizeof a%u / sizeof a%u[0]; j%u++)",
	   u, u, u, u, u);
      out ("  memcpy (&a%u[j%u], v%u + j%u * sizeof a%u[0], sizeof a%u[0]);",
	   u, u, u, u, u, u);
      break;
    case 1:
      out ("union { unsigned *p; %s h[sizeof a%u / sizeof a%u[0]]; } w%u;",
	   types[t], u, u, u);
      out ("w%u.p = %s;", u, p);
      out ("for (unsigned j%u = 0; j%u < sizeof a%u / sizeof a%u[0]; j%u++)",
	   u, u, u, u, u);
      out ("  a%u[j%u] = w%u.h[j%u];", u, u, u, u);
      break;
    case 2:
      out ("h_bytecopy (a%u, v%u, sizeof a%u);", u, u, u);
      break;
    default:
      out ("for (unsigned j%u = 0; j%u < sizeof a%u; j%u++)", u, u, u, u);
      out ("  a%u[j%u] = v%u[j%u];", u, u, u, u);
      break;
    }
  switch (rnd (3))
    {
    case 0:
      out ("memcpy (&%s, a%u, sizeof %s);", q, u, q);
      break;
    case 1:
      out ("h_bytecopy (&%s, a%u, sizeof %s);", q, u, q);
      break;
    default:
      out ("for (unsigned j%u = 0; j%u < sizeof %s; j%u++)", u, u, q, u);
      out ("  ((unsigned char *) &%s)[j%u] = ((const unsigned char *) a%u)[j%u];",
	   q, u, u, u);
      break;
    }
}

/* Partial copies: P's bytes copied in pieces to an offset (constant or not)
   in a local or global byte buffer, and rebuilt the same way.  */
static void
bits_partial (ctx *c, unsigned u, const char *p, const char *q, char *owner)
{
  char buf[24], dst[64], src[64];
  (void) owner;
  if (chance (50))
    {
      out ("unsigned char b%u[3 * sizeof (unsigned *)];", u);
      snprintf (buf, sizeof buf, "b%u", u);
    }
  else
    snprintf (buf, sizeof buf, "g_bytes");
  if (chance (50))
    out ("size_t off%u = %uu;", u, rnd (sizeof (void *) + 1));
  else
    out ("size_t off%u = %s %% %uu;", u, var (c),
	 (unsigned) sizeof (void *) + 1);
  snprintf (dst, sizeof dst, "(%s + off%u)", buf, u);
  snprintf (src, sizeof src, "((const unsigned char *) &%s)", p);
  mem_pieces (c, dst, src);
  snprintf (dst, sizeof dst, "((unsigned char *) &%s)", q);
  snprintf (src, sizeof src, "(%s + off%u)", buf, u);
  mem_pieces (c, dst, src);
}

/* Where the two halves of iU wait to be rebuilt: in lo/hi themselves, in
   globals, doubles, a vector, or xor-ed with a key.  LO and HI get the
   expressions that give them back.  */
static void
park_halves (ctx *c, unsigned u, char *lo, char *hi, size_t len)
{
  unsigned key;
  switch (rnd (5))
    {
    case 0:
      snprintf (lo, len, "lo%u", u);
      snprintf (hi, len, "hi%u", u);
      break;
    case 1:
      out ("g_half[0] = lo%u;", u);
      out ("g_half[1] = hi%u;", u);
      snprintf (lo, len, "g_half[0]");
      snprintf (hi, len, "g_half[1]");
      break;
    case 2:
      out ("double dl%u = lo%u, dh%u = hi%u;", u, u, u, u);
      snprintf (lo, len, "(unsigned) dl%u", u);
      snprintf (hi, len, "(unsigned) dh%u", u);
      break;
    case 3:
      out ("v4u vv%u = { lo%u, hi%u, %s, 0u };", u, u, u, var (c));
      out ("vv%u += (v4u) { 0u, 0u, 1u, 1u };", u);
      snprintf (lo, len, "vv%u[0]", u);
      snprintf (hi, len, "vv%u[1]", u);
      break;
    default:
      key = (unsigned) rnd64 ();
      out ("lo%u ^= %uu;", u, key);
      out ("hi%u ^= %uu;", u, key);
      snprintf (lo, len, "(lo%u ^ %uu)", u, key);
      snprintf (hi, len, "(hi%u ^ %uu)", u, key);
      break;
    }
}

/* Integer round trips: P through unsigned long unchanged, through %lx or %p
   text and back, or as uintptr_t split into two unsigned halves (mask and
   shift) and rebuilt.  */
static void
bits_int (ctx *c, unsigned u, const char *p, const char *q, char *owner)
{
  char lo[48], hi[48], l[16];
  (void) owner;
  switch (rnd (5))
    {
    case 0:
      if (chance (50))
	snprintf (l, sizeof l, "g_ul");
      else
	{
	  snprintf (l, sizeof l, "l%u", u);
	  out ("unsigned long %s;", l);
	}
      out ("%s = (unsigned long) %s;", l, p);
      out ("%s = (unsigned *) %s;", q, l);
      break;
    case 1:
    case 2:
      out ("char t%u[4 * sizeof (unsigned *)];", u);
      if (rnd (2))
	{
	  out ("snprintf (t%u, sizeof t%u, \"%%lx\", (unsigned long) %s);",
	       u, u, p);
	  out ("%s = (unsigned *) strtoul (t%u, NULL, 16);", q, u);
	}
      else
	{
	  out ("void *vp%u;", u);
	  out ("snprintf (t%u, sizeof t%u, \"%%p\", (void *) %s);", u, u, p);
	  out ("if (sscanf (t%u, \"%%p\", &vp%u) != 1) abort ();", u, u);
	  out ("%s = vp%u;", q, u);
	}
      break;
    default:
      out ("uintptr_t i%u = (uintptr_t) %s;", u, p);
      out ("unsigned lo%u = (unsigned) (i%u & 0xffffffffu);", u, u);
      out ("unsigned hi%u = (unsigned) (i%u >> 16 >> 16);", u, u);
      park_halves (c, u, lo, hi, sizeof lo);
      out ("%s = (unsigned *) (((uintptr_t) %s << 16 << 16) | (uintptr_t) %s);",
	   q, hi, lo);
      break;
    }
}

/* A block whose pointer COPY moves without a pointer type and rebuilds in qU;
   the block is written through qU and read through its original pointer.  A
   fresh block is then used by nested statements and freed or leaked by its
   owner (the original pointer, qU, or what COPY chose); a live block of the
   context is only used.  */
static void
sc_bits (ctx *c, bits_fn *copy)
{
  unsigned u = uid++, k;
  char p[48], n[48], q[16], owner[48], e[96], f[96];
  int fresh = c->nb == 0 || chance (70);
  out ("{");
  ind++;
  if (fresh)
    {
      snprintf (p, sizeof p, "p%u", u);
      snprintf (n, sizeof n, "n%u", u);
      int isconst = decl_count (c, n, &k);
      alloc_into (c, "unsigned *", p, n, k, isconst);
    }
  else
    {
      blk *b = &c->b[rnd (c->nb)];
      snprintf (p, sizeof p, "%s", b->p);
      snprintf (n, sizeof n, "%s", b->n);
    }
  snprintf (q, sizeof q, "q%u", u);
  snprintf (owner, sizeof owner, "%s", chance (65) ? q : p);
  out ("unsigned *%s;", q);
  copy (c, u, p, q, owner);
  uexpr (c, e, sizeof e);
  uexpr (c, f, sizeof f);
  out ("%s[%s %% %s] += %s;", q, e, n, f);
  out ("acc += h_sum (%s, %s);", p, n);
  if (fresh)
    finish_block (c, owner, n, c->depth >= 3 ? 1 : 3, c->loops == 0);
  else
    {
      ind--;
      out ("}");
    }
}

static void
sc_call (ctx *c)
{
  char e[96];
  uexpr (c, e, sizeof e);
  /* Other functions may use g_s themselves.  */
  if (c->gs_busy)
    {
      sc_use (c);
      return;
    }
  if (nrecs && (c->loops == 0 || chance (30)) && chance (50))
    {
      out ("acc += r%u (%s %% 6u, %s, NULL, 0);", rnd (nrecs), var (c), e);
      return;
    }
  /* From the last function only: main alone calls it, a few times.  */
  if (ndeeps && !deep_called && c->fn == nfuncs - 1 && c->loops == 0
      && chance (50))
    {
      deep_called = 1;
      out ("acc += deep%u (%uu + %s %% 1000u, %s, NULL, 0);", rnd (ndeeps),
	   deep_depth (), var (c), e);
      return;
    }
  if (c->fn > 0 && !calls_made[c->fn] && c->loops == 0)
    {
      calls_made[c->fn] = 1;
      out ("acc += f%u (%s);", rnd (c->fn), e);
      return;
    }
  sc_use (c);
}

static void
sc_return (ctx *c)
{
  char cd[128];
  cond (c, cd, sizeof cd);
  out ("if %s", cd);
  out ("  return acc + %uu;", rnd (1000));
}

static void
gen_stmt (ctx *c)
{
  int deep = c->depth >= 3;
  for (;;)
    switch (rnd (26))
      {
      case 0:
      case 1:
      case 2:
	if (deep)
	  break;
	sc_local (c);
	return;
      case 3:
	if (deep)
	  break;
	sc_struct (c);
	return;
      case 4:
	sc_array (c);
	return;
      case 5:
	if (deep)
	  break;
	sc_global (c);
	return;
      case 6:
	if (deep)
	  break;
	sc_outparam (c);
	return;
      case 7:
	if (deep)
	  break;
	sc_heap (c);
	return;
      case 8:
	sc_survive (c);
	return;
      case 9:
	if (deep)
	  break;
	sc_merge (c);
	return;
      case 10:
	sc_string (c);
	return;
      case 11:
	if (deep || c->loops >= 2)
	  break;
	sc_loop (c);
	return;
      case 12:
	if (deep)
	  break;
	sc_if (c);
	return;
      case 13:
	if (c->loops)
	  break;
	sc_many (c);
	return;
      case 14:
	sc_misc (c);
	return;
      case 15:
	sc_call (c);
	return;
      case 17:
	if (deep)
	  break;
	sc_escape (c);
	return;
      case 18:
	if (deep)
	  break;
	sc_callee (c);
	return;
      case 16:
	if (!chance (20))
	  break;
	sc_return (c);
	return;
      case 19:
	sc_bits (c, bits_union);
	return;
      case 20:
	sc_bits (c, bits_repr);
	return;
      case 21:
	sc_bits (c, bits_partial);
	return;
      case 22:
	sc_bits (c, bits_int);
	return;
      case 23:
	if (deep)
	  break;
	sc_fields (c);
	return;
      case 24:
	if (deep)
	  break;
	sc_two_fields (c);
	return;
      default:
	sc_use (c);
	return;
      }
}

static void
gen_stmts (ctx *c, int n)
{
  for (int i = 0; i < n; i++)
    gen_stmt (c);
}

static void
noinline_maybe (void)
{
  if (chance (40))
    out ("__attribute__ ((noinline))");
}

static void
prologue (void)
{
  static const char *text =
    "#include <stdio.h>\n"
    "#include <stdlib.h>\n"
    "#include <string.h>\n"
    "#include <stdint.h>\n"
    "#include <stdarg.h>\n"
    "#include <search.h>\n"
    "\n"
    "struct S { unsigned *a; unsigned n; char *s; struct S *next; };\n"
    "struct F { unsigned n; unsigned d[]; };\n"
    "\n"
    "static unsigned long long ck = 14695981039346656037ULL;\n"
    "static void mix (unsigned long long v) { ck = (ck ^ v) * 1099511628211ULL; }\n"
    "static unsigned *g_keep[8];\n"
    "static unsigned g_keep_i;\n"
    "static unsigned *g_alias;\n"
    "static struct S g_s;\n"
    "struct P { unsigned *p; unsigned n; uintptr_t u; struct S *h; };\n"
    "struct T { unsigned tag; struct { unsigned *p; unsigned n; } in; unsigned w[2]; };\n"
    "union V { struct T t; unsigned long long raw[4]; };\n"
    "struct W { unsigned *a; unsigned na; unsigned *b; unsigned nb; };\n"
    "static struct P g_pend[4];\n"
    "union U { unsigned *p; unsigned char b[sizeof (unsigned *)];\n"
    "          unsigned w[sizeof (unsigned *) / sizeof (unsigned)]; };\n"
    "static union U g_u[2];\n"
    "static unsigned char g_bytes[3 * sizeof (unsigned *)];\n"
    "static unsigned g_half[2];\n"
    "static unsigned long g_ul;\n"
    "static volatile size_t g_vsz = sizeof (unsigned *);\n"
    "static volatile size_t g_one = 1;\n"
    "typedef unsigned v4u __attribute__ ((vector_size (16)));\n"
    "\n";
  fputs (text, stdout);

  noinline_maybe ();
  out ("static unsigned h_sum (const unsigned *p, unsigned n)");
  out ("{ unsigned s = 0; for (unsigned j = 0; j < n; j++) s = s * 33u + p[j]; "
       "return s; }");
  out ("__attribute__ ((unused)) static int h_cmp_unsigned (const void *a, const void *b)");
  out ("{ return (*(const unsigned *) a > *(const unsigned *) b) "
       "- (*(const unsigned *) a < *(const unsigned *) b); }");
  noinline_maybe ();
  out ("static void h_free (unsigned *p) { free (p); }");
  noinline_maybe ();
  out ("static void h_free_after (unsigned *p, unsigned n) "
       "{ mix (h_sum (p, n)); free (p); }");
  noinline_maybe ();
  out ("static int h_maybe_free (unsigned *p, unsigned c) "
       "{ if (c & 1) { free (p); return 1; } return 0; }");
  noinline_maybe ();
  out ("static void h_keep (unsigned *p) "
       "{ unsigned k = g_keep_i++ %% 8u; free (g_keep[k]); g_keep[k] = p; }");
  noinline_maybe ();
  out ("static unsigned *h_ident (unsigned *p) { return p; }");
  /* Growers (-fplugin-arg-escape-guard moves the blocks they grow): one
     never inlined, one GCC may inline; no random choice here, so that the
     stream the rest of the program comes from stays what it was.  */
  out ("struct gbuf { unsigned *p; unsigned n; };");
  out ("__attribute__ ((noinline, unused)) static unsigned *h_grow "
       "(unsigned *p, unsigned n, unsigned m)");
  out ("{ unsigned *q = realloc (p, m * sizeof *q); if (!q) abort (); "
       "for (unsigned j = n; j < m; j++) q[j] = j * 7u; return q; }");
  out ("__attribute__ ((unused)) static void h_grow_in (struct gbuf *b, unsigned m)");
  out ("{ if (m > b->n) { b->p = h_grow (b->p, b->n, m); b->n = m; } }");
  noinline_maybe ();
  out ("static unsigned *h_pick (unsigned *a, unsigned *b, unsigned c) "
       "{ return c ? a : b; }");
  noinline_maybe ();
  out ("static void h_fill (unsigned *p, unsigned n, unsigned seed) "
       "{ for (unsigned j = 0; j < n; j++) p[j] = seed + j * 7u; }");
  noinline_maybe ();
  out ("static void *h_new_bytes (size_t n) "
       "{ void *p = malloc (n); if (!p) abort (); return p; }");
  noinline_maybe ();
  out ("static unsigned *h_new (unsigned n, unsigned seed) "
       "{ unsigned *p = malloc (n * sizeof *p); if (!p) abort (); "
       "h_fill (p, n, seed); return p; }");
  noinline_maybe ();
  out ("static void h_make (unsigned **out, unsigned n, unsigned seed) "
       "{ unsigned *p = calloc (n, sizeof *p); if (!p) abort (); "
       "for (unsigned j = 0; j < n; j++) p[j] = seed ^ j; *out = p; }");
  noinline_maybe ();
  out ("static void h_replace (unsigned **pp, unsigned n) "
       "{ free (*pp); *pp = calloc (n, sizeof (unsigned)); if (!*pp) abort (); }");
  noinline_maybe ();
  out ("static void h_attach (struct S *s, unsigned *p, unsigned n) "
       "{ s->a = p; s->n = n; s->s = NULL; s->next = NULL; }");
  noinline_maybe ();
  out ("static unsigned *h_dup (const unsigned *p, unsigned n) "
       "{ unsigned *q = malloc (n * sizeof *q); if (!q) abort (); "
       "memcpy (q, p, n * sizeof *q); return q; }");
  noinline_maybe ();
  out ("static void h_free_s (struct S *s) { free (s->a); free (s); }");
  noinline_maybe ();
  out ("static unsigned h_tag (const struct T *t) { return t->tag * 3u + t->in.n + t->w[1]; }");
  noinline_maybe ();
  out ("static unsigned h_sum_t (const struct T *t) { return h_sum (t->in.p, t->in.n) ^ t->tag; }");
  noinline_maybe ();
  out ("static void h_free_t (struct T *t) { free (t->in.p); t->in.p = NULL; }");
  noinline_maybe ();
  out ("static unsigned *h_take_t (struct T *t) "
       "{ unsigned *p = t->in.p; t->in.p = NULL; return p; }");
  noinline_maybe ();
  out ("static unsigned *h_first_w (struct W *w) { return w->a; }");
  noinline_maybe ();
  out ("static unsigned h_sum_pick_w (const struct W *w, unsigned c) "
       "{ return c & 1 ? h_sum (w->a, w->na) : h_sum (w->b, w->nb); }");
  noinline_maybe ();
  out ("static void h_swap_w (struct W *w) { unsigned *p = w->a; unsigned n = w->na; "
       "w->a = w->b; w->na = w->nb; w->b = p; w->nb = n; }");
  noinline_maybe ();
  out ("static void h_free_first_w (struct W *w) { free (w->a); w->a = NULL; w->na = 0; }");
  noinline_maybe ();
  out ("static unsigned *h_take_first_w (struct W *w) { unsigned *p = w->a; "
       "w->a = w->b; w->na = w->nb; w->b = NULL; w->nb = 0; return p; }");
  noinline_maybe ();
  out ("static unsigned h_str (const char *s) "
       "{ unsigned h = 5381; while (*s) h = h * 33u + (unsigned char) *s++; "
       "return h; }");
  noinline_maybe ();
  out ("static char *h_strbuild (unsigned v) "
       "{ char *b = malloc (32); if (!b) abort (); "
       "snprintf (b, 32, \"v%%u\", v); return b; }");
  noinline_maybe ();
  out ("static void h_free_str (char *s) { free (s); }");
  out ("static void h_free_v (void *p) { free (p); }");
  out ("static void (*g_freer[2]) (void *) = { free, h_free_v };");
  noinline_maybe ();
  out ("static void h_bytecopy (void *d, const void *s, size_t n) "
       "{ unsigned char *dd = d; const unsigned char *ss = s; "
       "while (n--) *dd++ = *ss++; }");
  noinline_maybe ();
  out ("static void h_free_all (unsigned **a, unsigned m) "
       "{ for (unsigned j = 0; j < m; j++) free (a[j]); }");
  noinline_maybe ();
  out ("static void pend_clear (unsigned k)");
  out ("{");
  out ("  if (g_pend[k].p) { mix (h_sum (g_pend[k].p, g_pend[k].n)); "
       "free (g_pend[k].p); g_pend[k].p = NULL; }");
  out ("  if (g_pend[k].u) { unsigned *q = (unsigned *) g_pend[k].u; "
       "mix (h_sum (q, g_pend[k].n)); free (q); g_pend[k].u = 0; }");
  out ("  if (g_pend[k].h) { mix (h_sum (g_pend[k].h->a, g_pend[k].h->n)); "
       "h_free_s (g_pend[k].h); g_pend[k].h = NULL; }");
  out ("}");
  out ("static void drain (void) "
       "{ for (unsigned k = 0; k < 4; k++) pend_clear (k); }");
  noinline_maybe ();
  out ("static void h_stash (unsigned *p, unsigned n, unsigned k) "
       "{ g_pend[k].p = p; g_pend[k].n = n; }");
  out ("static void (*g_stash_fp) (unsigned *, unsigned, unsigned) = h_stash;");
  out ("static void (*volatile g_stash_fp_v) (unsigned *, unsigned, unsigned) "
       "= h_stash;");
  noinline_maybe ();
  out ("static void h_va_stash (unsigned k, ...) "
       "{ va_list ap; va_start (ap, k); g_pend[k].p = va_arg (ap, unsigned *); "
       "g_pend[k].n = va_arg (ap, unsigned); va_end (ap); }");
  out ("__attribute__ ((noinline)) static void h_clobber (unsigned v) "
       "{ volatile unsigned big[8192]; "
       "for (unsigned j = 0; j < 8192; j++) big[j] = v ^ (j * 2654435761u); }");
  out ("static int cmp_u (const void *a, const void *b) "
       "{ unsigned x = *(const unsigned *) a, y = *(const unsigned *) b; "
       "return (x > y) - (x < y); }");
  out ("");
}

/* The context of a recursive function's body: d and x in scope.  */
static void
rec_ctx (ctx *c)
{
  memset (c, 0, sizeof *c);
  c->rec = 1;
  c->fn = -1;
  c->depth = 1;
  add_var (c, "x");
  add_var (c, "d");
}

/* The start of recursive function NAME (d, x, up, un): acc, and a block p of n
   elements (K with CONST_PCT % chance, else K plus up to SPREAD - 1) filled from
   the parent's block UP of UN elements or from d.  */
static void
rec_begin (const char *name, unsigned k, unsigned spread, unsigned const_pct)
{
  noinline_maybe ();
  out ("static unsigned %s (unsigned d, unsigned x, const unsigned *up, "
       "unsigned un)", name);
  out ("{");
  ind++;
  out ("unsigned acc = x + d;");
  /* A constant size is spelled out, so that -O0 sees it too.  */
  char z[16];
  if (chance (const_pct))
    {
      out ("const unsigned n = %uu;", k);
      snprintf (z, sizeof z, "%uu", k);
    }
  else
    {
      out ("unsigned n = %uu + x %% %uu;", k, spread);
      snprintf (z, sizeof z, "n");
    }
  if (chance (60))
    out ("unsigned *p = malloc (%s * sizeof (unsigned));", z);
  else if (chance (50))
    out ("unsigned *p = calloc (%s, sizeof (unsigned));", z);
  else
    out ("unsigned *p = h_new (n, d);");
  out ("if (!p) abort ();");
  out ("for (unsigned j = 0; j < n; j++)");
  out ("  p[j] = j + (un ? up[j %% un] : d);");
}

/* The last read of p and its release.  */
static void
rec_release (ctx *c)
{
  out ("acc += h_sum (p, n);");
  release (c, "p", "n", 0);
}

/* The end of a recursive function.  */
static void
rec_end (void)
{
  out ("mix (acc);");
  out ("return acc;");
  ind--;
  out ("}");
  out ("");
}

/* A bounded recursive function: a block per level, the parent's block read by
   the child.  */
static void
gen_rec (int r)
{
  ctx c;
  char name[16];
  rec_ctx (&c);
  snprintf (name, sizeof name, "r%d", r);
  rec_begin (name, chance (70) ? sizes[rnd (8)] : csize (), 1 + rnd (8), 50);
  /* Nested statements, without calls to other recursive functions.  */
  ctx d = c;
  int save = nrecs;
  nrecs = 0;
  add_blk (&d, "p", "n");
  gen_stmts (&d, rnd (3));
  nrecs = save;
  out ("if (d > 0)");
  out ("  acc += r%d (d - 1, x * 3u + 1u, p, n);", r);
  if (chance (40))
    {
      out ("if (d > 1 && (x & 1))");
      out ("  acc += r%d (d - 2, x + 5u, %s);", r,
	   chance (50) ? "p, n" : "NULL, 0");
    }
  rec_release (&c);
  rec_end ();
}

/* A recursion a few thousand to 50,000 levels deep (its caller says how deep
   at run time) with a small block per level, 16 to 128 bytes, that lives
   across the recursive call (and may be read by the child) or dies before it.
   Its frames must fit in the stack with room to spare, and would not if each
   held its block.  */
static void
gen_deep (int r)
{
  ctx c;
  char name[16];
  rec_ctx (&c);
  snprintf (name, sizeof name, "deep%d", r);
  /* Often constant and the largest: 29 plus up to 3.  */
  rec_begin (name, chance (50) ? 29 : 4 + rnd (26), 1 + rnd (4), 70);
  int across = chance (60);
  if (!across)
    rec_release (&c);
  out ("if (d > 0)");
  out ("  acc += %s (d - 1, x * 3u + 1u, %s);", name,
       !across ? "NULL, 0"
       : chance (40) ? "p, n"
       : chance (50) ? "x & 1 ? p : NULL, x & 1 ? n : 0" : "NULL, 0");
  if (across)
    rec_release (&c);
  rec_end ();
}

/* The walkers: each wK recurses DEPTH[K] levels deep and calls its scratch
   helper sK at every level.  */
enum { MAX_WALKERS = 3 };
static int nwalkers;
static unsigned walker_depth[MAX_WALKERS];

/* How helper sK may be declared: apart, as GCC likes, inline, always inline.  */
static const char *const scratch_attrs[] = {
  "__attribute__ ((noinline)) static", "static", "static inline",
  "static inline __attribute__ ((always_inline))"
};

/* sK: a scratch block of 1 to 4 KiB, filled from V, read back, freed.  */
static void
gen_scratch (int k)
{
  static const unsigned sizes_kib[] = { 1024, 2048, 3000, 4000 };
  unsigned size = sizes_kib[rnd (4)];
  out ("%s unsigned s%d (unsigned v)", scratch_attrs[rnd (4)], k);
  out ("{");
  ind++;
  if (chance (50))
    out ("const unsigned n = %uu;", size);
  else
    out ("unsigned n = %uu + v %% 8u;", size);
  out ("unsigned char *b = %s;", chance (70) ? "malloc (n)" : "calloc (n, 1)");
  out ("if (!b) abort ();");
  out ("for (unsigned j = 0; j < n; j++) b[j] = (unsigned char) (v * j + (j >> 3));");
  out ("unsigned s = 0;");
  out ("for (unsigned j = 0; j < n; j++) s += b[(j * 7u + v) %% n];");
  out ("free (b);");
  out ("return s;");
  ind--;
  out ("}");
  out ("");
}

/* How wK recurses: directly, or through a callback the C library calls.  */
enum walk_kind { WALK_DIRECT, WALK_QSORT, WALK_TWALK };

/* wK's callback for KIND: when wK_go is set, it makes the recursive call with
   the arguments in wK_d and wK_x and leaves its result in wK_ret.  */
static void
gen_walker_callback (int k, enum walk_kind kind)
{
  out ("static unsigned w%d (unsigned d, unsigned x);", k);
  out ("static unsigned w%d_d, w%d_x, w%d_ret;", k, k, k);
  out ("static int w%d_go;", k);
  if (kind == WALK_QSORT)
    out ("static int w%d_cb (const void *a, const void *b)", k);
  else
    out ("static void w%d_cb (const void *a, VISIT v, int level)", k);
  out ("{");
  ind++;
  out ("if (w%d_go)", k);
  out ("  {");
  out ("    w%d_go = 0;", k);
  out ("    w%d_ret = w%d (w%d_d, w%d_x);", k, k, k, k);
  out ("  }");
  if (kind == WALK_QSORT)
    out ("return (*(const unsigned *) a > *(const unsigned *) b) "
	 "- (*(const unsigned *) a < *(const unsigned *) b);");
  else
    out ("(void) a; (void) v; (void) level;");
  ind--;
  out ("}");
  out ("");
}

/* The recursive call of wK of KIND.  */
static void
gen_walker_recursion (int k, enum walk_kind kind)
{
  if (kind == WALK_DIRECT)
    {
      out ("  acc += w%d (d - 1, x * 3u + 1u);", k);
      return;
    }
  out ("  {");
  ind++;
  out ("unsigned pair[2] = { x, d };");
  out ("w%d_d = d - 1;", k);
  out ("w%d_x = x * 3u + 1u;", k);
  out ("w%d_go = 1;", k);
  if (kind == WALK_QSORT)
    out ("qsort (pair, 2, sizeof pair[0], w%d_cb);", k);
  else
    {
      out ("void *root = NULL;");
      out ("if (!tsearch (&pair[0], &root, h_cmp_unsigned)) abort ();");
      out ("twalk (root, w%d_cb);", k);
      out ("tdelete (&pair[0], &root, h_cmp_unsigned);");
    }
  out ("acc += w%d_ret + pair[0];", k);
  ind--;
  out ("  }");
}

/* wK: a frame large enough (a 512-byte local) for GCC's inliner to take sK's
   block into it, and a recursion that is not a tail call, of KIND.  */
static void
gen_walker (int k, enum walk_kind kind)
{
  if (kind != WALK_DIRECT)
    gen_walker_callback (k, kind);
  out ("static unsigned w%d (unsigned d, unsigned x)", k);
  out ("{");
  ind++;
  out ("char tag[512];");
  out ("snprintf (tag, sizeof tag, \"w%%u\", d);");
  out ("unsigned acc = x + (unsigned char) tag[1] + s%d (x + d);", k);
  out ("if (d > 0)");
  gen_walker_recursion (k, kind);
  out ("mix (acc);");
  out ("return acc;");
  ind--;
  out ("}");
  out ("");
}

/* The walkers and their helpers, from a random stream of SEED's own.  */
static void
gen_walkers (unsigned long long seed)
{
  unsigned long long saved = rng_state;
  rng_state = seed * 0x9e3779b97f4a7c15ULL + 7;
  nwalkers = rnd (MAX_WALKERS + 1);
  for (int k = 0; k < nwalkers; k++)
    {
      walker_depth[k] = 3000 + rnd (3001);
      gen_scratch (k);
      gen_walker (k, (enum walk_kind) rnd (3));
    }
  rng_state = saved;
}

/* Functions that allocate a block of N elements for their caller:
   mK returns it, msK returns it in a struct, oK stores it through an
   out-parameter.  */
static void
gen_maker (int m)
{
  noinline_maybe ();
  out ("static unsigned *m%d (unsigned n, unsigned x)", m);
  out ("{");
  ind++;
  switch (rnd (7))
    {
    case 0:
      out ("unsigned *p = malloc (n * sizeof (unsigned));");
      out ("if (!p) abort ();");
      out ("for (unsigned j = 0; j < n; j++) p[j] = x + j;");
      out ("return p;");
      break;
    case 1:
      out ("unsigned *p = calloc (n, sizeof (unsigned));");
      out ("if (!p) abort ();");
      out ("p[x %% n] = x;");
      out ("unsigned *q = h_ident (p);");
      out ("return q;");
      break;
    case 2:
      out ("unsigned *a = malloc (n * sizeof (unsigned));");
      out ("unsigned *b = malloc (n * sizeof (unsigned));");
      out ("if (!a || !b) abort ();");
      out ("for (unsigned j = 0; j < n; j++) { a[j] = j; b[j] = x - j; }");
      out ("unsigned *r = (x & 1) ? a : b;");
      out ("free ((x & 1) ? b : a);");
      out ("return r;");
      break;
    case 3:
      out ("struct S s;");
      out ("s.a = malloc (n * sizeof (unsigned));");
      out ("if (!s.a) abort ();");
      out ("s.n = n;");
      out ("for (unsigned j = 0; j < s.n; j++) s.a[j] = j * x;");
      out ("struct S t = s;");
      out ("return t.a;");
      break;
    case 4:
      out ("unsigned *tmp = malloc (16 * sizeof (unsigned));");
      out ("if (!tmp) abort ();");
      out ("for (unsigned j = 0; j < 16; j++) tmp[j] = x * j;");
      out ("unsigned *p = malloc (n * sizeof (unsigned));");
      out ("if (!p) abort ();");
      out ("for (unsigned j = 0; j < n; j++) p[j] = tmp[j %% 16];");
      out ("free (tmp);");
      out ("return p;");
      break;
    case 5:
      out ("unsigned *p;");
      out ("h_make (&p, n, x);");
      out ("return p;");
      break;
    default:
      out ("unsigned *p = malloc (sizeof (unsigned));");
      out ("if (!p) abort ();");
      out ("unsigned *q = realloc (p, n * sizeof (unsigned));");
      out ("if (!q) abort ();");
      out ("for (unsigned j = 0; j < n; j++) q[j] = j ^ x;");
      out ("return q;");
      break;
    }
  ind--;
  out ("}");
  noinline_maybe ();
  out ("static struct S ms%d (unsigned n, unsigned x)", m);
  out ("{");
  out ("  struct S s = { 0 };");
  if (chance (50))
    {
      out ("  s.a = malloc (n * sizeof (unsigned));");
      out ("  if (!s.a) abort ();");
      out ("  for (unsigned j = 0; j < n; j++) s.a[j] = j + x;");
    }
  else
    {
      out ("  s.a = m%d (n, x);", m);
      out ("  for (unsigned j = 0; j < n; j++) s.a[j] += j;");
    }
  out ("  s.n = n;");
  out ("  return s;");
  out ("}");
  noinline_maybe ();
  out ("static void o%d (unsigned **out, unsigned n, unsigned x)", m);
  out ("{");
  if (chance (50))
    {
      out ("  unsigned *p = malloc (n * sizeof (unsigned));");
      out ("  if (!p) abort ();");
      out ("  for (unsigned j = 0; j < n; j++) p[j] = j + x;");
      out ("  *out = p;");
    }
  else
    {
      out ("  struct S s = ms%d (n, x);", m);
      out ("  *out = s.a;");
    }
  out ("}");
  out ("");
}

static void
gen_func (int f)
{
  ctx c;
  memset (&c, 0, sizeof c);
  c.fn = f;
  add_var (&c, "x");
  noinline_maybe ();
  out ("static unsigned f%d (unsigned x)", f);
  out ("{");
  ind++;
  out ("unsigned acc = x;");
  gen_stmts (&c, 2 + rnd (6));
  out ("mix (acc);");
  out ("return acc;");
  ind--;
  out ("}");
  out ("");
}

int
main (int argc, char **argv)
{
  if (argc != 2)
    {
      fprintf (stderr, "usage: fuzzgen SEED\n");
      return 2;
    }
  unsigned long long seed = strtoull (argv[1], NULL, 0);
  rng_state = seed * 0x2545f4914f6cdd1dULL + 1;

  printf ("/* fuzzgen %llu */\n", seed);
  prologue ();
  nfuncs = 2 + rnd (6);
  nrecs = rnd (3);
  calls_made = calloc (nfuncs, sizeof *calls_made);
  nmakers = rnd (4);
  for (int m = 0; m < nmakers; m++)
    gen_maker (m);
  for (int r = 0; r < nrecs; r++)
    gen_rec (r);
  ndeeps = rnd (3);
  for (int r = 0; r < ndeeps; r++)
    gen_deep (r);
  for (int f = 0; f < nfuncs; f++)
    gen_func (f);
  gen_walkers (seed);

  out ("int main (void)");
  out ("{");
  ind++;
  for (int f = 0; f < nfuncs; f++)
    {
      unsigned t = 1 + rnd (4);
      out ("for (unsigned t = 0; t < %uu; t++)", t);
      out ("  {");
      out ("    mix (f%d (t * %uu + %uu));", f, 1 + rnd (1000), rnd (1000));
      out ("    h_clobber (t);");
      out ("    drain ();");
      out ("  }");
      out ("printf (\"f%d %%llu\\n\", ck);", f);
    }
  for (int r = 0; r < nrecs; r++)
    {
      out ("mix (r%d (%uu, %uu, NULL, 0));", r, rnd (6), rnd (1000));
      out ("printf (\"r%d %%llu\\n\", ck);", r);
    }
  for (int r = 0; r < ndeeps; r++)
    {
      out ("mix (deep%d (%uu + (unsigned) (ck %% 1000u), %uu, NULL, 0));", r,
	   deep_depth (), rnd (1000));
      out ("printf (\"deep%d %%llu\\n\", ck);", r);
    }
  for (int k = 0; k < nwalkers; k++)
    {
      out ("mix (w%d (%uu, %uu));", k, walker_depth[k], 17u * k + 1u);
      out ("printf (\"w%d %%llu\\n\", ck);", k);
    }
  out ("drain ();");
  out ("for (unsigned k = 0; k < 8; k++)");
  out ("  {");
  out ("    if (g_keep[k])");
  out ("      mix (g_keep[k][0]);");
  out ("    free (g_keep[k]);");
  out ("  }");
  out ("printf (\"checksum %%llu\\n\", ck);");
  out ("return 0;");
  ind--;
  out ("}");
  return 0;
}
