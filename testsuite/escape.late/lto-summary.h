/* The functions of lto-summary-aux.c that lto-summary.c calls.  */
struct holder
{
  int *ptr;
  int tag;
};

extern long calls;
extern int *kept;
long logged_sum (const int *p, int n);
void keep (int *p);
void release (int *p);
void keep_second (int *unused, int *p);
int read_holder (const struct holder *h);
void keep_holder (const struct holder *h);
