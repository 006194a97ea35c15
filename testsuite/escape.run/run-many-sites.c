/* Many constant sites in one function each get their own stack object: all distinct,
   none overlapping.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-promote -fplugin-arg-escape-m" } */
#include <stdlib.h>
#include <string.h>

static int
many (void)
{
  char *ptr[12];
  size_t len[12];
  char *p0 = malloc (1);	/* { dg-message "moved to stack: malloc\\(1\\)" } */
  char *p1 = malloc (7);	/* { dg-message "moved to stack: malloc\\(7\\)" } */
  char *p2 = malloc (16);	/* { dg-message "moved to stack: malloc\\(16\\)" } */
  char *p3 = malloc (17);	/* { dg-message "moved to stack: malloc\\(17\\)" } */
  char *p4 = malloc (100);	/* { dg-message "moved to stack: malloc\\(100\\)" } */
  char *p5 = malloc (255);	/* { dg-message "moved to stack: malloc\\(255\\)" } */
  char *p6 = malloc (256);	/* { dg-message "moved to stack: malloc\\(256\\)" } */
  char *p7 = malloc (1000);	/* { dg-message "moved to stack: malloc\\(1000\\)" } */
  char *p8 = malloc (3);	/* { dg-message "moved to stack: malloc\\(3\\)" } */
  char *p9 = malloc (2048);	/* { dg-message "moved to stack: malloc\\(2048\\)" } */
  char *p10 = malloc (33);	/* { dg-message "moved to stack: malloc\\(33\\)" } */
  char *p11 = malloc (64);	/* { dg-message "moved to stack: malloc\\(64\\)" } */
  memset (p0, 0, 1);
  ptr[0] = p0;
  len[0] = 1;
  memset (p1, 1, 7);
  ptr[1] = p1;
  len[1] = 7;
  memset (p2, 2, 16);
  ptr[2] = p2;
  len[2] = 16;
  memset (p3, 3, 17);
  ptr[3] = p3;
  len[3] = 17;
  memset (p4, 4, 100);
  ptr[4] = p4;
  len[4] = 100;
  memset (p5, 5, 255);
  ptr[5] = p5;
  len[5] = 255;
  memset (p6, 6, 256);
  ptr[6] = p6;
  len[6] = 256;
  memset (p7, 7, 1000);
  ptr[7] = p7;
  len[7] = 1000;
  memset (p8, 8, 3);
  ptr[8] = p8;
  len[8] = 3;
  memset (p9, 9, 2048);
  ptr[9] = p9;
  len[9] = 2048;
  memset (p10, 10, 33);
  ptr[10] = p10;
  len[10] = 33;
  memset (p11, 11, 64);
  ptr[11] = p11;
  len[11] = 64;
  int ok = 1;
  for (int i = 0; i < 12; i++)
    for (size_t k = 0; k < len[i]; k++)
      ok &= ptr[i][k] == i;
  for (int i = 0; i < 12; i++)
    for (int j = 0; j < 12; j++)
      if (i != j)
	ok &= ptr[i] + len[i] <= ptr[j] || ptr[j] + len[j] <= ptr[i];
  free (p0); free (p1); free (p2); free (p3); free (p4); free (p5);
  free (p6); free (p7); free (p8); free (p9); free (p10); free (p11);
  return ok;
}

int
main (void)
{
  for (int i = 0; i < 1000; i++)
    if (!many ())
      abort ();
  return 0;
}
