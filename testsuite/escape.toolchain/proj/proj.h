/* The functions the units of the project check-icecream.sh builds share.  */
int sum_from (int base);
int words_in (const char *text);
char *keep_copy (const char *text);
