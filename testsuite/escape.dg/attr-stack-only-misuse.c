/* stack_only applies to local pointer variables only, and takes no argument.  */
/* { dg-options "-fplugin-arg-escape-promote" } */

int x __attribute__ ((stack_only));	/* { dg-error ".stack_only. attribute applies only to local pointer variables" } */
char *gp __attribute__ ((stack_only));	/* { dg-error ".stack_only. attribute applies only to local pointer variables" } */
void f (void) __attribute__ ((stack_only));	/* { dg-error ".stack_only. attribute applies only to local pointer variables" } */

int
g (void)
{
  static char *s __attribute__ ((stack_only));	/* { dg-error ".stack_only. attribute applies only to local pointer variables" } */
  int n __attribute__ ((stack_only)) = 1;	/* { dg-error ".stack_only. attribute applies only to local pointer variables" } */
  char *a __attribute__ ((stack_only (1))) = 0;	/* { dg-error "wrong number of arguments specified for .stack_only. attribute" } */
  /* { dg-message "expected between 0 and 0, found 1" "GCC 12 and older word it so" { target gcc<13 } 13 } */
  /* { dg-message "expected 0, found 1" "GCC 13 on word it so" { target gcc>=13 } 13 } */
  return n + !s + !a;
}
