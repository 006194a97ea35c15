/* The other half of run-recursion-static-levels.c: one function that never calls
   back, one that calls back through the pointer it is given.  */
long
ext_count (int n)
{
  return n & 7;
}

long
ext_call (long (*fn) (int), int n)
{
  return fn (n);
}
