/* The functions of another unit that lto-recursion.c calls: one calls back
   into it, one only reads what it is given.  */
extern long calls;
int depth (int n);

__attribute__ ((noinline)) int
walk (int n)
{
  calls++;
  return depth (n);
}

__attribute__ ((noinline)) int
peek (const int *p)
{
  calls++;
  return p[0];
}
