/* Configure's link tests declare a library function without its prototype and
   call it without arguments (autoconf's AC_CHECK_FUNCS: char memcpy (); ...
   return memcpy ();).  Such a call is an unknown call: the plugin compiles it
   (it crashed on memcpy, reading arguments the call does not have).  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m -Wno-builtin-declaration-mismatch" } */
#include <stddef.h>

#undef memcpy
#undef strtok_r
#undef malloc
#undef printf
char memcpy ();
char strtok_r ();
char malloc ();
char printf ();

int
main (void)
{
  return (size_t) &memcpy == 0 || (size_t) &strtok_r == 0 || (size_t) &malloc == 0
	 || (size_t) &printf == 0;
}

int
link_test (void)
{
  return memcpy () + strtok_r () + malloc () + printf ();
}
