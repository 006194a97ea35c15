/* The guard runtime's table under load.  A registered block in a loop is given
   back on each back edge: the table holds one entry per iteration, not one per
   iteration run.  A chain of 80 live frames, each with a registered block, fills
   the table (64 entries): the frames past it take their blocks from the heap,
   and the callees' frees release exactly those.  A longjmp out of frames with
   registered blocks leaves their entries behind; frees and reallocs of heap
   blocks still go to the heap, and the next frame that returns gives them
   back.  Each thread has its own table.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-guard -pthread" } */
#include <pthread.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>

__attribute__ ((leaf)) unsigned __escape_guard_mark (void);
__attribute__ ((leaf)) int __escape_guard_room (void);

static unsigned depth_seen;

__attribute__ ((noinline)) static void
release (char *p)
{
  if (__escape_guard_mark () > depth_seen)
    depth_seen = __escape_guard_mark ();
  free (p);
}

/* One entry at a time, however many iterations.  */
__attribute__ ((noinline)) static int
loop (int n)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    {
      char *p = malloc (24);
      memset (p, i, 24);
      s += p[23];
      release (p);
    }
  return s;
}

/* Frame K of a chain of 80, each a function of its own (a recursive one would
   get no promotion): its block is on the heap once the table is full.  */
__attribute__ ((noinline)) static int
chain_end (int *on_heap)
{
  return 0 * *on_heap;
}

#define LINK(K, NEXT)						\
  __attribute__ ((noinline)) static int				\
  chain##K (int *on_heap)					\
  {								\
    char *p = malloc (40);					\
    memset (p, K, 40);						\
    int r = p[39];						\
    if (!__escape_guard_room ())				\
      ++*on_heap;						\
    r += NEXT (on_heap);					\
    release (p);						\
    return r;							\
  }
LINK (80, chain_end)
LINK (79, chain80)
LINK (78, chain79)
LINK (77, chain78)
LINK (76, chain77)
LINK (75, chain76)
LINK (74, chain75)
LINK (73, chain74)
LINK (72, chain73)
LINK (71, chain72)
LINK (70, chain71)
LINK (69, chain70)
LINK (68, chain69)
LINK (67, chain68)
LINK (66, chain67)
LINK (65, chain66)
LINK (64, chain65)
LINK (63, chain64)
LINK (62, chain63)
LINK (61, chain62)
LINK (60, chain61)
LINK (59, chain60)
LINK (58, chain59)
LINK (57, chain58)
LINK (56, chain57)
LINK (55, chain56)
LINK (54, chain55)
LINK (53, chain54)
LINK (52, chain53)
LINK (51, chain52)
LINK (50, chain51)
LINK (49, chain50)
LINK (48, chain49)
LINK (47, chain48)
LINK (46, chain47)
LINK (45, chain46)
LINK (44, chain45)
LINK (43, chain44)
LINK (42, chain43)
LINK (41, chain42)
LINK (40, chain41)
LINK (39, chain40)
LINK (38, chain39)
LINK (37, chain38)
LINK (36, chain37)
LINK (35, chain36)
LINK (34, chain35)
LINK (33, chain34)
LINK (32, chain33)
LINK (31, chain32)
LINK (30, chain31)
LINK (29, chain30)
LINK (28, chain29)
LINK (27, chain28)
LINK (26, chain27)
LINK (25, chain26)
LINK (24, chain25)
LINK (23, chain24)
LINK (22, chain23)
LINK (21, chain22)
LINK (20, chain21)
LINK (19, chain20)
LINK (18, chain19)
LINK (17, chain18)
LINK (16, chain17)
LINK (15, chain16)
LINK (14, chain15)
LINK (13, chain14)
LINK (12, chain13)
LINK (11, chain12)
LINK (10, chain11)
LINK (9, chain10)
LINK (8, chain9)
LINK (7, chain8)
LINK (6, chain7)
LINK (5, chain6)
LINK (4, chain5)
LINK (3, chain4)
LINK (2, chain3)
LINK (1, chain2)

static jmp_buf env;

__attribute__ ((noinline)) static void
jump (char *p)
{
  if (p[0] == 7)
    longjmp (env, 1);
  free (p);
}

__attribute__ ((noinline)) static void
registered_then_jump (int v)
{
  char *p = malloc (16);
  p[0] = v;
  jump (p);
}

static void *
thread_main (void *arg)
{
  long n = (long) arg;
  return (void *) (long) loop ((int) n);
}

int
main (void)
{
  int expected = 0;
  for (int i = 0; i < 10000; i++)
    expected += (signed char) i;
  if (loop (10000) != expected)
    abort ();
  if (depth_seen > 1 || __escape_guard_mark () != 0)
    abort ();
  int on_heap = 0;
  if (chain1 (&on_heap) != 80 * 81 / 2)
    abort ();
  /* Frame 64 took the last entry; frames 64 to 80 found the table full after
     their turn, and 65 to 80 took the heap.  */
  if (on_heap != 80 - 64 + 1 || __escape_guard_mark () != 0)
    abort ();
  if (!setjmp (env))
    registered_then_jump (7);
  if (__escape_guard_mark () != 1)
    abort ();
  char *h = malloc (16);
  h = realloc (h, 4096);
  free (h);
  registered_then_jump (1);
  pthread_t t[2];
  for (long i = 0; i < 2; i++)
    if (pthread_create (&t[i], NULL, thread_main, (void *) (1000 + i)))
      abort ();
  for (int i = 0; i < 2; i++)
    pthread_join (t[i], NULL);
  return 0;
}
