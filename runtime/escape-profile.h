/* The heap lifetime profile: the interface between code the plugin
   instruments (-fplugin-arg-escape-profile), the runtime that runs inside the
   profiled program (runtime/profile.c, libescape-profile.so) and the report
   tool (tools/escape-report.c).  The plugin builds these declarations itself;
   this header is their reference.

   Frames.  Every instrumented function that makes a call is a frame of the
   shadow stack each thread keeps.  The plugin instruments before GCC inlines,
   so an inlined function is still a frame, as the source shows it.  It calls

     __escape_profile_enter (FN);        at entry: push a frame; it returns the
                                           depth before the push, the frame's
                                           index d, kept only where needed
     __escape_profile_leave ();           before each return: pop it
     __escape_profile_resync (d);         after each call of a function that
                                           returns twice (setjmp): depth d + 1

   FN is a string constant "FUNCTION\tFILE".  A frame costs its function no
   stack (a recursion as deep as the stack allows still fits): only a function
   that calls setjmp keeps d, so that when its setjmp returns again the frames
   a longjmp left behind are dropped.
   enter also clears both site slots below, and leave puts back what they
   held at the frame's entry: a wrapper that calls an instrumented function
   before its malloc keeps its caller's token.  A function that returns a fresh
   block (an allocation wrapper: declared malloc, named with
   -fplugin-arg-escape-allocator, or returning only what an allocation or
   another wrapper returned) is not a frame: its blocks are allocated by its
   caller.

   Sites.  Around each allocation call (malloc, calloc, realloc, strdup, ...,
   and calls of wrappers) an instrumented function stores the site's token in
   a thread-local slot, and null after the call:

     __escape_profile_site = TOKEN;  p = malloc (n);  __escape_profile_site = 0;

   Wrappers store theirs in __escape_profile_inner instead: a block takes the
   token of the site slot, else of the inner slot (the site inside a wrapper
   whose caller did not know it was one), else none.  The runtime's malloc
   takes the token and clears both slots.  A TOKEN is a string constant, the
   same pointer every time the site runs, of tab-separated fields:

     FILE LINE COLUMN FUNCTION CALL MAX-SIZE VERDICT EXPLANATION

   CALL is the call as -m writes it ("malloc(64)", "xmalloc(n * 8)"), MAX-SIZE
   the compile's -fplugin-arg-escape-max-size, VERDICT one of
     moved          the first pass moves it to the stack (promote)
     moved-inlined  the pass after inlining moves it (this copy)
     moved-lto      the pass after inlining moves it in lto1 (this copy)
     kept           it does not escape, but is not moved: EXPLANATION says why
     escapes        it escapes: EXPLANATION is the first steps of its -m=2 path
     call           a call of a wrapper whose result the analysis follows as a
                    call's result (EXPLANATION: the wrapper's name)
   and EXPLANATION free text without tabs or newlines ("; " joins steps).

   The profile file.  When the environment holds ESCAPE_PROFILE=DIR, each
   process writes DIR/NAME.PID.prof (NAME the program's base name; .PID.N if
   that exists, for a process that execs with the same pid) when it exits,
   calls _exit or exec (deleted again if exec fails).  A process made by fork
   starts empty: it reports what it did itself.  Without ESCAPE_PROFILE the
   runtime only forwards the calls.  The file is text, one record per line,
   fields separated by tabs:

     escape-profile	1
     process	PID	PPID	EXE	ARGS
     totals	HEAP-CALLS	MALLOC	CALLOC	REALLOC	ALIGNED	FREES	UNTRACKED
     site	ID	src	FILE	LINE	COLUMN	FUNCTION	CALL	MAX-SIZE	VERDICT	EXPLANATION
     site	ID	lib	OBJECT	SYMBOL	OFFSET	CALLER-FUNCTION	CALLER-FILE	MAX-SIZE
     calls	ID	CALLS	BYTES
     life	ID	CLASS	BLOCKS-SMALL	BYTES-SMALL	BLOCKS-LARGE	BYTES-LARGE
     sizes	ID	B0	B1	...	B40

   HEAP-CALLS = MALLOC + CALLOC + REALLOC + ALIGNED (posix_memalign,
   aligned_alloc, memalign, valloc, pvalloc), the calls an LD_PRELOAD counter
   of these functions sees (reallocarray counts as the realloc it makes);
   FREES the calls of free with a non-null pointer and of realloc (p, 0);
   UNTRACKED the heap calls made while the runtime was busy (a signal handler
   that allocates inside malloc) or with its tables full.  A lib site is an
   allocation made with no token, by code the plugin did not compile: OBJECT
   is the shared object or executable that called malloc, SYMBOL the library
   function the program called (the outermost frame in OBJECT when the
   allocation was made; for the program itself the nearest symbol; "" if
   dladdr names none), OFFSET the return address minus the object's load
   address (hex, for addr2line), and
   CALLER-FUNCTION and CALLER-FILE the innermost instrumented frame ("" if
   none).  calls: the heap calls made at the site and the bytes they asked
   for.  life: the blocks born at the site (by malloc, calloc, aligned
   allocations, realloc of null) by CLASS, each split at MAX-SIZE (SMALL:
   at most MAX-SIZE bytes, the largest size the block had over its realloc
   chain); a realloc keeps the block's birth site and frames.  CLASS is
     k0     freed while the allocating frame was active
     k1 .. k4  freed after the allocating frame returned, while its caller
            (k1), or the frame 2, 3, 4 up, was active
     later  freed after the frame 4 up returned, or by another thread
     never  still allocated when the process ended
   The allocating frame is the innermost instrumented frame when the block
   was allocated (the wrapper's caller for a wrapper's block).  sizes: heap
   calls of the site by requested size, bucket 0 for 0 and 1 byte and bucket
   i for 2^(i-1) < n <= 2^i (the last bucket takes the rest).  */

#ifndef ESCAPE_PROFILE_H
#define ESCAPE_PROFILE_H

extern __thread const char *volatile __escape_profile_site;
extern __thread const char *volatile __escape_profile_inner;

extern int __escape_profile_enter (const char *fn) __attribute__ ((leaf, nothrow));
extern void __escape_profile_leave (void) __attribute__ ((leaf, nothrow));
extern void __escape_profile_resync (int depth) __attribute__ ((leaf, nothrow));

#endif
