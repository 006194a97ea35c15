/* -m=2: a function that runs an OpenMP region is analysed conservatively (its body is
   outlined into a function the graph does not follow); the step names the construct's
   line, not "?:0:0" or the function's.  */
/* { dg-options "-fopenmp -fplugin-arg-escape-m=2" } */

int *keep;

void
fill (int *a, int n)		/* { dg-message "leaking param: a" } */
/* { dg-message "  flow: \\{heap\\} = a:" "" { target *-*-* } 9 } */
/* { dg-message "    from function runs an outlined body \\(an OpenMP region\\) \\(conservative\\) at \\S*explain-openmp\\.c:13:9" "" { target *-*-* } 9 } */
{
#pragma omp parallel for
  for (int i = 0; i < n; i++)
    {
      a[i] = i;
      keep = a;
    }
}
