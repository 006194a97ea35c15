/* (a) Small struct temporary in a hot function: ray/sphere intersection, where
   the 32-byte vector from the ray origin to the sphere centre is malloc'd,
   filled, used and freed on every call.  -DHAND: a local struct instead.  */
#include "bench.h"
#include <math.h>

#ifdef WRAPPER
/* An xmalloc-style wrapper that checks for failure, as much real C code has.  */
static void *
xmalloc (size_t n)
{
  void *p = malloc (n);
  if (!p)
    bench_xmalloc_fail ();
  return p;
}
#endif

struct vec { double x, y, z, w; };	/* 32 bytes */
struct ray { struct vec o, d; };
struct sphere { struct vec c; double r2; };

static void
vsub (struct vec *r, const struct vec *a, const struct vec *b)
{
  r->x = a->x - b->x;
  r->y = a->y - b->y;
  r->z = a->z - b->z;
  r->w = 0;
}

static double
vdot (const struct vec *a, const struct vec *b)
{
  return a->x * b->x + a->y * b->y + a->z * b->z;
}

/* Distance along RAY to the nearer intersection with S, or -1.  */
static double
hit_sphere (const struct ray *ray, const struct sphere *s)
{
#ifdef HAND
  struct vec oc_obj, *oc = &oc_obj;
#else
#ifdef WRAPPER
  struct vec *oc = xmalloc (sizeof *oc);
#else
  struct vec *oc = malloc (sizeof *oc);
  if (!oc)
    bench_xmalloc_fail ();
#endif
#endif
  vsub (oc, &ray->o, &s->c);
  double b = vdot (oc, &ray->d);
  double c = vdot (oc, oc) - s->r2;
  double disc = b * b - c;
#ifndef HAND
  free (oc);
#endif
  if (disc < 0)
    return -1;
  return -b - sqrt (disc);
}

#define NSPHERES 64
#define NRAYS 4096

static struct sphere spheres[NSPHERES];
static struct ray rays[NRAYS];

static double
frand (double lo, double hi)
{
  return lo + (hi - lo) * (double) (bench_rand () >> 11) / 9007199254740992.0;
}

int
main (int argc, char **argv)
{
  long reps = 100 * bench_scale (argc, argv);
  for (int i = 0; i < NSPHERES; i++)
    {
      spheres[i].c = (struct vec) { frand (-10, 10), frand (-10, 10), frand (5, 30), 1 };
      double r = frand (0.5, 3);
      spheres[i].r2 = r * r;
    }
  for (int i = 0; i < NRAYS; i++)
    {
      double dx = frand (-0.5, 0.5), dy = frand (-0.5, 0.5), dz = 1;
      double len = sqrt (dx * dx + dy * dy + dz * dz);
      rays[i].o = (struct vec) { frand (-1, 1), frand (-1, 1), 0, 1 };
      rays[i].d = (struct vec) { dx / len, dy / len, dz / len, 0 };
    }

  uint64_t sum = 0;
  uint64_t t0 = bench_now_ns ();
  for (long r = 0; r < reps; r++)
    for (int i = 0; i < NRAYS; i++)
      {
	double best = 1e30;
	int hit = -1;
	for (int s = 0; s < NSPHERES; s++)
	  {
	    double t = hit_sphere (&rays[i], &spheres[s]);
	    if (t > 0 && t < best)
	      best = t, hit = s;
	  }
	sum = sum * 31 + (uint64_t) (hit + 1) + (hit >= 0 ? (uint64_t) (best * 1024) : 0);
      }
  uint64_t t1 = bench_now_ns ();
  bench_report (sum, t0, t1);
  return 0;
}
