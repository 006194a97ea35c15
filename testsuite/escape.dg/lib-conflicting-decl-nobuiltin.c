/* As lib-conflicting-decl.c, under -fno-builtin: calls without arguments of C
   library functions declared without their prototypes are unknown calls.  */
/* { dg-do compile } */
/* { dg-options "-fno-builtin -fplugin-arg-escape-promote -fplugin-arg-escape-m -Wno-builtin-declaration-mismatch" } */

char memcpy ();
char memmove ();
char strtok_r ();
char sscanf ();
char qsort ();

int
link_test (void)
{
  return memcpy () + memmove () + strtok_r () + sscanf () + qsort ();
}
