#!/bin/sh
# Tests of the heap lifetime profile's runtime (runtime/profile.c) with
# hand-instrumented programs, each run with ESCAPE_PROFILE set and under the
# independent counter testsuite/lib/heapcount-next.c, whose totals the
# profile must equal.  Checks the exact numbers in the .prof files.
#
#   check-runtime.sh BUILDDIR      (BUILDDIR holds runtime/libescape-profile.so)
#
# Prints PASS: / FAIL: lines and "N passed, M failed"; exits 1 on a failure.
set -u
build=$(cd "${1:?usage: check-runtime.sh BUILDDIR}" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
top=$here/../..
runtime=$build/runtime
CC=${CC:-gcc}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0
failed=0

# expect NAME GOT WANTED
expect () {
  if [ "$2" = "$3" ]; then
    echo "PASS: $1"
    passed=$((passed + 1))
  else
    echo "FAIL: $1: got '$2', wanted '$3'"
    failed=$((failed + 1))
  fi
}

# build PROGRAM [CC ARGUMENTS...]: a test program linked with the runtime.
build () {
  prog=$1
  shift
  # -fno-builtin: GCC would delete a malloc whose block is only freed.
  # -Wno-infinite-recursion: the recursions end in exit and longjmp.
  $CC -std=gnu11 -O1 -fno-builtin -g -Wall -Wno-infinite-recursion -I"$top/runtime" -I"$here" "$here/$prog.c" \
    -o "$work/$prog" "$@" -L"$runtime" -Wl,-rpath,"$runtime" \
    -lescape-profile -lpthread
}

# run PROGRAM [ARGUMENTS...]: profiles into $work/PROGRAM.d, counts into
# $work/PROGRAM.count.
run () {
  prog=$1
  shift
  ESCAPE_PROFILE=$work/$prog.d HEAPCOUNT_NEXT_FILE=$work/$prog.count \
    LD_PRELOAD=$work/heapcount-next.so "$work/$prog" "$@"
}

# The profile of PROGRAM's process whose parent is (not) this shell.
first_profile () {
  ls "$work/$1.d"/*.prof | head -1
}

# The sites of LABEL (one per line of the source) are added up.
# life PROFILE LABEL CLASS: blocks and bytes, small then large.
life () {
  awk -F'\t' -v label="$2" -v class="$3" '
    $1 == "site" && $3 == "src" && $8 == label { id[$2] = 1 }
    $1 == "life" && ($2 in id) && $3 == class {
      found = 1; for (i = 4; i <= 7; i++) n[i] += $i }
    END { if (found) print n[4], n[5], n[6], n[7] }' "$1"
}

# calls PROFILE LABEL: heap calls and bytes.
calls () {
  awk -F'\t' -v label="$2" '
    $1 == "site" && $3 == "src" && $8 == label { id[$2] = 1 }
    $1 == "calls" && ($2 in id) { found = 1; calls += $3; bytes += $4 }
    END { if (found) print calls, bytes }' "$1"
}

# lives PROFILE LABEL: the site's blocks per class, k0 to never.
lives () {
  for class in k0 k1 k2 k3 k4 later never; do
    life "$1" "$2" $class | cut -d' ' -f1,3
  done | tr '\n' ' '
}

# sizes PROFILE LABEL: the nonzero size buckets as BUCKET:CALLS.
sizes () {
  awk -F'\t' -v label="$2" '
    $1 == "site" && $3 == "src" && $8 == label { id[$2] = 1 }
    $1 == "sizes" && ($2 in id) { for (i = 3; i <= NF; i++) n[i - 3] += $i }
    END { for (i = 0; i < 41; i++) if (n[i]) printf "%d:%d ", i, n[i] }' "$1"
}

# lib_site PROFILE OBJECT SYMBOL CALLER: "CALLS BYTES CALLER-FILE MAX-SIZE
# k0-BLOCKS OFFSET" of the lib site in OBJECT (base name) whose symbol
# matches the regular expression SYMBOL, called from function CALLER.
lib_site () {
  awk -F'\t' -v object="$2" -v symbol="$3" -v caller="$4" '
    $1 == "site" && $3 == "lib" && $4 ~ ("/" object "$") && $5 ~ symbol \
      && $7 == caller { id = $2; sub (".*/", "", $8); site = $8 " " $9
			offset = $6 }
    $1 == "calls" && $2 == id { calls = $3 " " $4 }
    $1 == "life" && $2 == id && $3 == "k0" { k0 = $4 + $6 }
    END { print calls, site, k0, offset }' "$1"
}

# Heap calls per pid, "PID CALLS" sorted, from the profiles and from the
# counter (whose failed-exec lines cancel the line before).
profile_totals () {
  awk -F'\t' '$1 == "process" { pid = $2 } $1 == "totals" { n[pid] += $2 }
    END { for (p in n) print p, n[p] }' "$work/$1.d"/*.prof | sort
}
counter_totals () {
  awk '{ n[$1] += $2 } END { for (p in n) print p, n[p] }' \
    "$work/$1.count" | sort
}
same_totals () {
  expect "$1: heap calls equal the counter's" \
    "$(profile_totals "$1")" "$(counter_totals "$1")"
}

$CC -O2 -shared -fPIC "$top/testsuite/lib/heapcount-next.c" \
  -o "$work/heapcount-next.so" -ldl -lpthread || exit 1
$CC -O2 -g -shared -fPIC "$here/libhelper.c" -o "$work/libhelper.so" || exit 1

# Classes, wrappers, realloc chains, exit from deep inside.
build classes && run classes
p=$(first_profile classes)
expect "classes: chain k0..k4, later" "$(lives "$p" chain)" \
  "1 0 2 0 3 0 4 0 5 0 6 0 0 0 "
expect "classes: chain bytes k4" "$(life "$p" chain k4)" "5 120 0 0"
expect "classes: chain sizes" "$(sizes "$p" chain)" "5:21 "
expect "classes: never, exit from deep inside" "$(life "$p" never never)" \
  "7 28 0 0"
expect "classes: wrapper called as a site" "$(life "$p" wrapped k0)" \
  "1 100 0 0"
expect "classes: wrapper's inner site" "$(life "$p" xmalloc k0)" "0 0 1 5000"
expect "classes: realloc chain keeps birth site, max size" \
  "$(life "$p" grow-birth k0)" "0 0 1 6000"
expect "classes: realloc calls at their own site" "$(calls "$p" grow)" \
  "3 9200"
expect "classes: realloc sizes" "$(sizes "$p" grow)" "8:1 12:1 13:1 "
expect "classes: realloc calls born nothing" "$(lives "$p" grow)" \
  "0 0 0 0 0 0 0 0 0 0 0 0 0 0 "
expect "classes: small realloc chain" "$(life "$p" small-birth k0)" \
  "1 20 0 0"
expect "classes: realloc of null is a birth" "$(life "$p" renull k0)" \
  "1 50 0 0"
expect "classes: realloc to 0 frees" "$(calls "$p" rezero) $(sizes "$p" rezero)" \
  "1 0 0:1 "
expect "classes: reallocarray" "$(life "$p" rearray k0)" "1 80 0 0"
expect "classes: aligned" "$(calls "$p" aligned) $(life "$p" aligned k0)" \
  "2 192 2 192 0 0"
expect "classes: calloc" "$(life "$p" zeroed k0)" "1 120 0 0"
expect "classes: sizes has 41 buckets" \
  "$(awk -F'\t' '$1 == "sizes" && NF != 43' "$p")" ""
expect "classes: totals" "$(grep '^totals' "$p" | cut -f2-8)" \
  "$(printf '42\t32\t1\t7\t2\t30\t0')"
same_totals classes

# Lib sites.
build lib -L"$work" -Wl,-rpath,"$work" -lhelper && run lib
p=$(first_profile lib)
expect "lib: strdup in libc, called from user" \
  "$(lib_site "$p" libc.so.6 '^(__)?strdup$' user | cut -d' ' -f1-5)" \
  "3 15 lib.c 4096 3"
expect "lib: helper's malloc, from user" \
  "$(lib_site "$p" libhelper.so '^helper_alloc$' user | cut -d' ' -f1-5)" \
  "2 10000 lib.c 4096 2"
expect "lib: helper's malloc, from main" \
  "$(lib_site "$p" libhelper.so '^helper_alloc$' main | cut -d' ' -f1-5)" \
  "1 10 lib.c 4096 1"
# fopen allocates in a function of glibc's that it does not export.
expect "lib: fopen's allocation in libc" \
  "$(lib_site "$p" libc.so.6 '^$' user | cut -d' ' -f1,3,5)" "1 lib.c 1"
offset=$(lib_site "$p" libhelper.so '^helper_alloc$' user | cut -d' ' -f6)
expect "lib: offset names the caller for addr2line" \
  "$(addr2line -f -e "$work/libhelper.so" "$offset" | head -1)" helper_alloc
offset=$(lib_site "$p" "lib" '^$' main | cut -d' ' -f6)
expect "lib: the program's own uninstrumented code, by its path" \
  "$(lib_site "$p" "lib" '^$' main | cut -d' ' -f1-5) $(grep -c "	lib	$work/lib	" "$p")" \
  "1 7 lib.c 4096 1 1"
expect "lib: its offset for addr2line" \
  "$(addr2line -f -e "$work/lib" "$offset" | head -1)" raw_alloc
same_totals lib

# Threads.
build threads && run threads
p=$(first_profile threads)
expect "threads: per-thread stacks" "$(lives "$p" chain)" \
  "4000 0 8000 0 12000 0 16000 0 20000 0 24000 0 0 0 "
expect "threads: realloc chains" "$(life "$p" grown k0)" "0 0 4000 20000000"
expect "threads: freed by another thread" "$(lives "$p" handed)" \
  "0 0 0 0 0 0 0 0 0 0 50 0 0 0 "
same_totals threads

# Fork.
build fork && run fork
parent=$(grep -l "^process	[0-9]*	$$	" "$work/fork.d"/*.prof)
child=$(grep -L "^process	[0-9]*	$$	" "$work/fork.d"/*.prof)
expect "fork: child's own calls" \
  "$(calls "$child" child) $(calls "$child" parent-before)" "3 96 "
expect "fork: child's blocks" "$(lives "$child" child)" \
  "3 0 0 0 0 0 0 0 0 0 0 0 0 0 "
expect "fork: parent unaffected" \
  "$(calls "$parent" parent-before) $(lives "$parent" parent-before) $(calls "$parent" child)" \
  "5 80 5 0 0 0 0 0 0 0 0 0 0 0 0 0  "
expect "fork: parent after" "$(calls "$parent" parent-after)" "2 128"
expect "fork: child totals" "$(grep '^totals' "$child" | cut -f2)" "3"
same_totals fork

# Exec.
build exec && run exec
set -- "$work/exec.d"/*.prof
expect "exec: one profile per image" "$#" 2
pre=$(ls "$work/exec.d"/exec.[0-9]*.prof | grep -v '\.[0-9]*\.[0-9]*\.prof$')
post=$(ls "$work/exec.d"/exec.[0-9]*.[0-9]*.prof)
expect "exec: pre-exec image" \
  "$(life "$pre" pre-exec never) / $(life "$pre" between k0) / $(calls "$pre" post-exec)" \
  "1 10 0 0 / 1 20 0 0 / "
expect "exec: new image" "$(calls "$post" post-exec) / $(calls "$post" pre-exec)" \
  "1 8 / "
same_totals exec

# Vfork, exec'ing exec.c's new image.
build vfork && run vfork "$work/exec"
parent=$(grep -l "^process	[0-9]*	$$	" "$work/vfork.d"/*.prof)
child=$(grep -L "^process	[0-9]*	$$	" "$work/vfork.d"/*.prof)
expect "vfork: the parent reports its blocks" \
  "$(life "$parent" before-vfork k0) / $(calls "$parent" post-exec)" \
  "1 16 0 0 / "
expect "vfork: the child reports only its new image" \
  "$(calls "$child" post-exec) / $(calls "$child" before-vfork)" "1 8 / "
same_totals vfork

# Longjmp and resync.
build longjmp && run longjmp
p=$(first_profile longjmp)
expect "longjmp: frames left behind are gone" "$(lives "$p" jumped)" \
  "0 0 0 0 0 0 0 0 0 0 1 0 0 0 "
expect "longjmp: calls after resync" "$(lives "$p" after-jump)" \
  "0 0 1 0 0 0 0 0 0 0 0 0 0 0 "
expect "longjmp: main's block" "$(life "$p" before-jump k0)" "1 8 0 0"
same_totals longjmp

# Signal handlers.
build signal && run signal
p=$(first_profile signal)
expect "signal: handler's own blocks" "$(life "$p" in-handler k0)" "10 320 0 0"
expect "signal: main's block freed in the handler" "$(life "$p" from-main k0)" \
  "10 480 0 0"
same_totals signal

# A signal handler that allocates while the runtime is busy.
build busy && handled=$(run busy)
p=$(first_profile busy)
expect "busy: the handler ran" "$([ "${handled:-0}" -gt 0 ] && echo yes)" yes
expect "busy: its calls are untracked" "$(grep '^totals' "$p" | cut -f8)" \
  "$handled"
expect "busy: the program's blocks" "$(life "$p" busy k0)" "4096 98304 0 0"
same_totals busy

# Millions of live blocks.
build many && run many
p=$(first_profile many)
expect "many: all tracked" "$(life "$p" many k1) $(grep '^totals' "$p" | cut -f8)" \
  "3000000 118500000 0 0 0"
same_totals many

# Memory errors in the runtime's own code.  Valgrind replaces malloc; told
# to replace only glibc's, it runs the runtime's, which calls glibc's.
if command -v valgrind > /dev/null; then
  vg="valgrind -q --error-exitcode=9 --soname-synonyms=somalloc=nouserintercepts"
  $vg "$work/classes" 2> "$work/valgrind.log"
  expect "valgrind: runtime only forwarding" "$?" 0
  rm -rf "$work/classes.d"
  ESCAPE_PROFILE=$work/classes.d $vg "$work/classes" 2>> "$work/valgrind.log"
  expect "valgrind: runtime profiling" \
    "$? $(lives "$(first_profile classes)" chain)" \
    "0 1 0 2 0 3 0 4 0 5 0 6 0 0 0 "
  expect "valgrind: no errors" "$(cat "$work/valgrind.log")" ""
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
