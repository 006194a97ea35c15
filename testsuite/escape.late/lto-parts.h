struct holder { char *ptr; int tag; };
extern long calls;
int tag_of (const struct holder *);
int first_word (const struct holder *);
