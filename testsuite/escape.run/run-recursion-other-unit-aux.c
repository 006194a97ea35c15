/* The other half of run-recursion-other-unit.c: calls back into f.  */
long f (int n);

long
g (int n)
{
  return f (n);
}
