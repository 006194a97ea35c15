struct ctx { int *states; long n; };
extern long calls;
extern int *kept;
void init (struct ctx *, int *, long);
void init_and_keep (struct ctx *, int *);
long sum (const struct ctx *);
