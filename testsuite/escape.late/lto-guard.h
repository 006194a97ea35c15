struct buf { char *data; unsigned long cap; };
extern char *kept;
void release (char *p);
void grow (struct buf *b, unsigned long need);
void keep_it (char *p);
