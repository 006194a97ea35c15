/* Small struct temporaries allocated, used and freed in one function move to the stack.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m" } */
#include <stdlib.h>

struct point { int x, y; };
struct rect { struct point a, b; };
struct big { double d[4]; long l; char c; };

static int
area (int w, int h)
{
  struct rect *r = malloc (sizeof *r);	/* { dg-message "moved to stack: malloc\\(16\\)" } */
  r->a.x = 0; r->a.y = 0; r->b.x = w; r->b.y = h;
  int s = (r->b.x - r->a.x) * (r->b.y - r->a.y);
  free (r);
  return s;
}

static int
dist2 (int x, int y)
{
  struct point *p = malloc (sizeof (struct point));	/* { dg-message "moved to stack: malloc\\(8\\)" } */
  struct point *q = malloc (sizeof (struct point));	/* { dg-message "moved to stack: malloc\\(8\\)" } */
  p->x = x; p->y = y;
  q->x = -x; q->y = -y;
  if (p == q)
    abort ();
  int dx = p->x - q->x, dy = p->y - q->y;
  free (q);
  free (p);
  return dx * dx + dy * dy;
}

static double
sum_big (int n)
{
  struct big *b = malloc (sizeof *b);	/* { dg-message "moved to stack: malloc\\(48\\)" } */
  for (int i = 0; i < 4; i++)
    b->d[i] = n + i;
  b->l = n;
  b->c = 'x';
  double s = b->d[0] + b->d[1] + b->d[2] + b->d[3] + b->l + (b->c == 'x');
  free (b);
  return s;
}

int
main (void)
{
  if (area (3, 4) != 12)
    abort ();
  if (dist2 (1, 2) != 20)
    abort ();
  if (sum_big (1) != 12.0)
    abort ();
  for (int i = 0; i < 100000; i++)
    if (area (i, 2) != 2 * i)
      abort ();
  return 0;
}
