#!/usr/bin/env bash
# Tests of the install conventions and of the loader (issue 26, items 5 and 6),
# on the tree in BUILDDIR, built:
#
#   check-install.sh BUILDDIR
#
# - the loader escape.so refers to no symbol of GCC and holds the plugin's
#   code (a copy alone loads it, from a temporary file it removes, also where
#   /proc is missing, or from a memfd where TMPDIR is noexec); every other GCC on PATH (gcc-11 ... gcc-14) says which
#   GCC the plugin was built for and how to rebuild it;
# - `./configure --prefix=DIR` installs everything under DIR, done by a user
#   without root (nobody, when run as root), and the plugin loads there with
#   `escape-config --cflags`; --with-gcc-plugin-dir=DIR puts it into DIR;
# - scripts/deb builds the Debian package: it holds escape.so in GCC's
#   plugin directory, depends on that GCC's version,
#   and, unpacked (dpkg -x), compiles with -fplugin=escape's file and
#   escape-config prints that directory.  Installing it into a fresh Debian
#   root and compiling there is scripts/deb-root's (minutes, network).
#
# Prints PASS: / FAIL: / SKIP: lines and "N passed, M failed"; exits 1 on a
# failure.
set -u
build=$(cd "${1:?usage: check-install.sh BUILDDIR}" && pwd)
top=$(cd "$(dirname "$0")/../.." && pwd)
CC=${CC:-gcc}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0
failed=0
pass() { echo "PASS: $*"; passed=$((passed + 1)); }
fail() { echo "FAIL: $*"; failed=$((failed + 1)); }
# check NAME COMMAND...: PASS iff COMMAND succeeds.
check() {
  local name=$1
  shift
  if "$@"; then pass "$name"; else fail "$name"; fi
}
# has TEXT PATTERN: TEXT has a line matching the extended regexp PATTERN.
has() { grep -Eq -- "$2" <<<"$1"; }

printf '#include <stdlib.h>\nint *g;\nvoid f (int *p) { g = p; }\nint h (void) { int *q = malloc (16); *q = 1; int r = *q; free (q); return r; }\n' >"$work/probe.c"
# compile PLUGIN [CC]: the probe's notes with promotion, from compiler CC.
compile() {
  "${2:-$CC}" -O2 -fplugin="$1" -fplugin-arg-escape-m -fplugin-arg-escape-promote \
    -fdiagnostics-plain-output -fno-diagnostics-show-option -c "$work/probe.c" \
    -o "$work/probe.o" 2>&1
}
# loads OUTPUT: the probe's notes are there, the block moved.
loads() { has "$1" 'note: leaking param: p$' && has "$1" 'note: moved to stack: malloc\(16\)'; }

# --- The loader.
undefined=$(nm -D --undefined-only "$build/escape.so" | awk '$1 == "U" { print $2 }')
check "escape.so refers to C library symbols only (its undefined symbols: $(echo $undefined))" \
  test -z "$(grep -v '@GLIBC_' <<<"$undefined")"
mkdir "$work/other"
cp "$build/escape.so" "$work/other/"
out=$(compile "$work/other/escape.so")
check "a copy of escape.so alone loads the plugin's code it holds, and runs" loads "$out"
if [ "$(id -u)" -eq 0 ] && unshare -m true 2>/dev/null; then
  mkdir "$work/tmp"
  out=$(unshare -m sh -c 'mount -t tmpfs none /proc && "$@"' sh \
	  env TMPDIR="$work/tmp" "$CC" -O2 -fplugin="$work/other/escape.so" \
	  -fplugin-arg-escape-m -fplugin-arg-escape-promote -fdiagnostics-plain-output \
	  -fno-diagnostics-show-option -c "$work/probe.c" -o "$work/probe.o" 2>&1)
  check "without /proc escape.so loads its code from a file in TMPDIR" loads "$out"
  check "and removes the file it loaded from" test -z "$(ls -A "$work/tmp")"
  out=$(unshare -m sh -c 'mount -t tmpfs -o noexec none "$1" && shift && "$@"' sh \
	  "$work/tmp" env TMPDIR="$work/tmp" "$CC" -O2 -fplugin="$work/other/escape.so" \
	  -fplugin-arg-escape-m -fplugin-arg-escape-promote -fdiagnostics-plain-output \
	  -fno-diagnostics-show-option -c "$work/probe.c" -o "$work/probe.o" 2>&1)
  check "with TMPDIR mounted noexec escape.so loads its code from a memfd" loads "$out"
else
  echo "SKIP: escape.so without /proc: needs root and unshare"
fi

built_for=$("$CC" -dumpfullversion)
others=0
for other in gcc-11 gcc-12 gcc-13 gcc-14; do
  command -v "$other" >/dev/null 2>&1 || continue
  [ "$("$other" -dumpfullversion)" != "$built_for" ] || continue
  others=$((others + 1))
  out=$(compile "$build/escape.so" "$other")
  check "$other loading the plugin built for GCC $built_for says which GCC and how to rebuild" \
    has "$out" "error: escape: plugin '.*escape\.so' was built for GCC $built_for \([0-9]+\) but is loaded into GCC $("$other" -dumpfullversion) \([0-9]+\); rebuild the plugin with this compiler \(\./configure CC=$other && make && make install\)"
done
[ "$others" -gt 0 ] || echo "SKIP: no other GCC on PATH (gcc-11 ... gcc-14) to load the plugin into"

# --- configure --prefix, as a user without root; --with-gcc-plugin-dir.
src=$work/src
make -s -C "$build" distdir distdir="$src" >/dev/null
user=()
if [ "$(id -u)" -eq 0 ]; then
  chown -R nobody "$work"
  chmod 755 "$work"
  user=(setpriv --reuid=nobody --regid=nogroup --clear-groups env HOME="$work")
fi
prefix=$work/prefix
if (cd "$src" && "${user[@]}" sh -c "./configure --prefix='$prefix' && make -j2 && make install") \
     >"$work/prefix.log" 2>&1; then
  pass "configure --prefix=DIR && make install as $("${user[@]}" id -un)"
else
  fail "configure --prefix=DIR && make install as $("${user[@]}" id -un)"
  tail -n 20 "$work/prefix.log"
fi
# GCC's plugin directory's place, lib/gcc/TRIPLET/VERSION/plugin, under the prefix.
plugindir=$prefix/lib/$("$CC" -print-file-name=plugin | sed -n 's|^.*/\(gcc/[^/]*/[^/]*/plugin\)/*$|\1|p')
for f in "$plugindir/escape.so" "$prefix/bin/escape-config" \
	 "$prefix/bin/escape-report" "$prefix/lib/libescape-profile.so" \
	 "$prefix/lib/libescape-guard.a"; do
  check "installed under the prefix: ${f#$prefix/}" test -f "$f"
done
check "nothing installed outside the prefix's bin and lib" \
  test "$(cd "$prefix" && ls -d ./* | tr '\n' ' ')" = "./bin ./lib "
cflags=$("$prefix/bin/escape-config" --cflags)
check "escape-config --cflags prints -fplugin= with the installed plugin's absolute path ($cflags)" \
  test "$cflags" = "-fplugin=$plugindir/escape.so"
out=$(compile "${cflags#-fplugin=}")
check "the plugin installed under the prefix loads with escape-config --cflags" loads "$out"
libs=$("$prefix/bin/escape-config" --libs)
check "escape-config --libs names the prefix's lib for the linker and the loader ($libs)" \
  test "$libs" = "-L$prefix/lib -Wl,-rpath,$prefix/lib -lescape-profile"
check "escape-config --guard-libs names the prefix's guard runtime" \
  test "$("$prefix/bin/escape-config" --guard-libs)" = "$prefix/lib/libescape-guard.a"
check "escape-config --version --gcc-version" \
  test "$("$prefix/bin/escape-config" --version --gcc-version)" = "$(sed -n 's/^PACKAGE_VERSION = //p' "$build/Makefile") $built_for"
"$prefix/bin/escape-config" --bogus >/dev/null 2>"$work/err"
check "escape-config rejects an unknown option" grep -q "unknown option '--bogus'" "$work/err"

if (cd "$src" && "${user[@]}" sh -c "./configure --prefix='$prefix' --with-gcc-plugin-dir='$work/plugins' && make install") \
     >"$work/plugindir.log" 2>&1; then
  check "--with-gcc-plugin-dir=DIR installs the plugin into DIR" \
    test -f "$work/plugins/escape.so"
  check "escape-config --plugin then names DIR" \
    test "$("$prefix/bin/escape-config" --plugin)" = "$work/plugins/escape.so"
else
  fail "configure --with-gcc-plugin-dir=DIR && make install"
  tail -n 20 "$work/plugindir.log"
fi
(cd "$src" && ./configure --with-gcc-plugin-dir=relative/dir) >"$work/relative.log" 2>&1
check "--with-gcc-plugin-dir with a relative directory is an error" \
  grep -q 'error: --with-gcc-plugin-dir=relative/dir: not an absolute directory' "$work/relative.log"

# --- The Debian package.
rc=0
deb=$("$top/scripts/deb" "$work/deb" 2>"$work/deb.err" | tail -n 1) || rc=$?
if [ "$rc" -eq 3 ]; then
  echo "SKIP: the Debian package: $(cat "$work/deb.err")"
elif [ "$rc" -ne 0 ]; then
  fail "scripts/deb (exit status $rc)"
  tail -n 20 "$work/deb.err"
else
  pass "scripts/deb builds $(basename "$deb")"
  gccdir=$("$CC" -print-file-name=plugin)
  major=$("$CC" -dumpversion | cut -d. -f1)
  contents=$(dpkg-deb -c "$deb" | awk '{ print $6 }')
  for f in "$gccdir/escape.so" /usr/bin/escape-config /usr/bin/escape-report; do
    check "the package holds $f" has "$contents" "^\.$f\$"
  done
  depends=$(dpkg-deb -f "$deb" Depends)
  check "the package depends on the GCC it was built for ($depends)" \
    has "$depends" "(^|, )gcc-$major \(= $(dpkg-query -W -f='${Version}' "gcc-$major" | sed 's/[.+]/\\&/g')\)"
  dpkg -x "$deb" "$work/root"
  out=$(compile "$work/root$gccdir/escape.so")
  check "the package's plugin, unpacked, loads and runs" loads "$out"
  check "the package's escape-config --cflags names GCC's plugin directory" \
    test "$("$work/root/usr/bin/escape-config" --cflags)" = "-fplugin=$gccdir/escape.so"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
