/* Overwrite the stack below the caller's frame: a block wrongly moved into a
   frame that has returned then reads back as garbage, and the test fails.  */
static int
clobber (int n)
{
  volatile int buf[512];
  for (int i = 0; i < 512; i++)
    buf[i] = -n;
  return buf[n & 511];
}
