struct buf { char *data; long len; char *scratch; };
extern long calls;
extern char *kept;
char *data_of (struct buf *);
void keep_data (struct buf *);
