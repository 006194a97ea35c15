/* A block allocated in a loop moves when no pointer to it is live where its
   site runs again, also in loops the loop tree does not show as loops: one
   entered by goto, Duff's device, a cycle of computed jumps, a block allocated
   once in an inner loop and freed in the outer one.  Each neighbour keeps the previous trip's block and
   reads it after the site has run again: had it moved, the slot would hold the
   new block's bytes and the sums would differ.  A variable size in a loop
   entered in its middle stays on the heap: no loop there gives the stack back
   on each trip.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m=2" } */
#include <stdlib.h>
#include <string.h>

static int
goto_loop (int n)
{
  int i = 0, s = 0;
  if (n > 3)
    goto inside;
  while (i < n)
    {
      s++;
    inside:
      {
	char *p = malloc (32);	/* { dg-message "moved to stack: malloc\\(32\\)" } */
	if (!p)
	  abort ();
	memset (p, i, 32);
	s += p[5];
	free (p);
      }
      i++;
    }
  return s;
}

static int
goto_loop_kept (int n)
{
  int i = 0, s = 0;
  char *prev = NULL;
  if (n > 3)
    goto inside;
  while (i < n)
    {
      s++;
    inside:
      {
	char *p = malloc (32);	/* { dg-message "malloc\\(32\\) does not escape" } */
	/* { dg-message "  not moved to stack: live across loop iterations" "" { target *-*-* } 49 } */
	if (!p)
	  abort ();
	memset (p, i, 32);
	if (prev)
	  {
	    s += prev[5] * 1000;
	    free (prev);
	  }
	prev = p;
      }
      i++;
    }
  free (prev);
  return s;
}

static int
goto_loop_variable (int n)
{
  int i = 0, s = 0;
  if (n > 3)
    goto inside;
  while (i < n)
    {
      s++;
    inside:
      {
	char *p = malloc (n);	/* { dg-message "malloc\\(n\\) does not escape" } */
	/* { dg-message "  not moved to stack: variable size in a loop entered in its middle \\(goto, a switch into a loop\\)" "" { target *-*-* } 78 } */
	if (!p)
	  abort ();
	memset (p, i, n);
	s += p[n - 1];
	free (p);
      }
      i++;
    }
  return s;
}

static int
duff (int n)
{
  int s = 0, k = (n + 3) / 4;
  switch (n % 4)
    {
    case 0:
      do
	{
	  {
	    char *p = malloc (16);	/* { dg-message "moved to stack: malloc\\(16\\)" } */
	    if (!p)
	      abort ();
	    p[0] = (char) k;
	    s += p[0];
	    free (p);
	  }
	case 3:
	  s++;
	case 2:
	  s++;
	case 1:
	  s++;
	}
      while (--k > 0);
    }
  return s;
}

static int
duff_kept (int n)
{
  int s = 0, k = (n + 3) / 4;
  char *prev = NULL;
  switch (n % 4)
    {
    case 0:
      do
	{
	  {
	    char *p = malloc (16);	/* { dg-message "malloc\\(16\\) does not escape" } */
	    /* { dg-message "  not moved to stack: live across loop iterations" "" { target *-*-* } 131 } */
	    if (!p)
	      abort ();
	    p[0] = (char) k;
	    if (prev)
	      {
		s += prev[0] * 100;
		free (prev);
	      }
	    prev = p;
	  }
	case 3:
	  s++;
	case 2:
	  s++;
	case 1:
	  s++;
	}
      while (--k > 0);
    }
  free (prev);
  return s;
}

static int
inner_outer (int n)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    {
      char *p = NULL;
      for (int j = 0; j < n; j++)
	if (!p)
	  {
	    p = malloc (64);	/* { dg-message "moved to stack: malloc\\(64\\)" } */
	    if (!p)
	      abort ();
	    memset (p, i + j, 64);
	  }
      s += p ? p[63] : 0;
      free (p);
    }
  return s;
}

static int
inner_outer_kept (int n)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    {
      char *p = NULL, *old = NULL;
      for (int j = 0; j < n; j++)
	if (!p || j == 2)
	  {
	    old = p;
	    p = malloc (64);	/* { dg-message "malloc\\(64\\) does not escape" } */
	    /* { dg-message "  not moved to stack: live across loop iterations" "" { target *-*-* } 188 } */
	    if (!p)
	      abort ();
	    memset (p, i + j, 64);
	  }
      s += (p ? p[63] : 0) + (old ? old[0] * 100 : 0);
      free (old);
      free (p);
    }
  return s;
}

/* Writes over the stack below its caller's frame.  */
__attribute__ ((noinline)) static int
clobber_stack (int v)
{
  volatile char buf[512];
  for (int i = 0; i < 512; i++)
    buf[i] = (char) (v + i);
  return buf[v & 511] & 1;
}

/* The same with a variable size: the stack a variable-size block takes is
   given back on each back edge of the loops around it, and this block lives
   across the inner loop's, so it stays on the heap.  */
static int
inner_outer_variable (int n)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    {
      char *p = NULL;
      for (int j = 0; j < n; j++)
	{
	  if (!p)
	    {
	      p = malloc (n * 16);	/* { dg-message "malloc\\(\\.\\.\\.\\) does not escape" } */
	      /* { dg-message "  not moved to stack: live across loop iterations" "" { target *-*-* } 225 } */
	      if (!p)
		abort ();
	      memset (p, i + j, n * 16);
	    }
	  s += clobber_stack (i + j);
	}
      s += p ? p[n * 16 - 1] : 0;
      free (p);
    }
  return s;
}

/* A natural loop inside a loop entered by goto: the block goes round the outer
   cycle, which has no header of its own.  */
static int
inner_in_goto_loop_kept (int n)
{
  int i = 0, s = 0;
  char *prev = NULL;
  if (n > 3)
    goto inside;
  while (i < n)
    {
      s++;
    inside:
      for (int j = 0; j < 2; j++)
	{
	  char *p = malloc (8);	/* { dg-message "malloc\\(8\\) does not escape" } */
	  /* { dg-message "  not moved to stack: live across loop iterations" "" { target *-*-* } 254 } */
	  if (!p)
	    abort ();
	  memset (p, i * 2 + j, 8);
	  if (j == 1)
	    {
	      if (prev)
		{
		  s += prev[7] * 10;
		  free (prev);
		}
	      prev = p;
	    }
	  else
	    {
	      s += p[0];
	      free (p);
	    }
	}
      i++;
    }
  free (prev);
  return s;
}

/* A cycle made of computed jumps.  */
static int
computed_cycle (int n)
{
  void *next = &&body;
  int s = 0;
body:
  {
    int *t = malloc (sizeof (int));	/* { dg-message "moved to stack: malloc\\(4\\)" } */
    if (!t)
      abort ();
    *t = n;
    s += *t;
    free (t);
  }
  if (--n > 0)
    goto *next;
  return s;
}

static int
computed_cycle_kept (int n)
{
  void *next = &&body;
  int s = 0, *prev = NULL;
body:
  {
    int *t = malloc (sizeof (int));	/* { dg-message "malloc\\(4\\) does not escape" } */
    /* { dg-message "  not moved to stack: live across loop iterations" "" { target *-*-* } 307 } */
    if (!t)
      abort ();
    *t = n;
    if (prev)
      s += *prev * 100;
    free (prev);
    prev = t;
  }
  if (--n > 0)
    goto *next;
  free (prev);
  return s;
}

/* The sums are the plain build's.  */
int
main (void)
{
  if (goto_loop (8) != 35 || goto_loop_kept (8) != 21007 || goto_loop_variable (8) != 35
      || duff (10) != 11 || duff_kept (10) != 208 || inner_outer (5) != 10
      || inner_outer_kept (5) != 1020 || inner_in_goto_loop_kept (8) != 553
      || computed_cycle (10) != 55 || computed_cycle_kept (10) != 5400
      || inner_outer_variable (5) != 10)
    abort ();
  return 0;
}
