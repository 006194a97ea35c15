#!/usr/bin/env bash
# check-caches.sh BUILDDIR: a plugin upgrade must invalidate the objects
# ccache and sccache (Debian's packages, installed here where missing) keep.
# proj/sum.c is compiled with promotion through each cache, in a private cache
# directory, by BUILDDIR's escape.so (the "old" plugin: its malloc moved to
# the stack) and then, after a plugin that moves nothing (plugin-noop.cc) has
# been copied over the same file, again: that compile must miss and give the
# object the new plugin gives without a cache.
#
#   ccache, -fplugin=/absolute/path/escape.so (as the README recommends):
#     ccache hashes the file -fplugin= names (its size and mtime, or its
#     bytes with compiler_check=content): a miss.
#   ccache, -fplugin=escape (the plugin found in GCC's plugin directory, here
#     a private one given with -iplugindir=, the option GCC's driver gives
#     cc1 for it): ccache finds no file "escape" and hashes the flag's text
#     only: a hit, the old plugin's object.
#   sccache, -fplugin=/absolute/path/escape.so: sccache hashes no -fplugin=
#     file for GCC: a hit, the old plugin's object.
#   sccache with SCCACHE_EXTRAFILES=/absolute/path/escape.so (the README's
#     recipe): a miss.
#
# The hits are how these tools work today, checked because the README says
# so.  Prints PASS:/FAIL:/SKIP: lines and ends with "N passed, M failed";
# exits non-zero when a check fails.
set -uo pipefail

if [ "$#" -ne 1 ]; then
  echo "usage: check-caches.sh BUILDDIR" >&2
  exit 2
fi
build=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
. "$here/lib.sh"

# The user's settings of either cache are not this test's.
unset $(env | sed -n 's/^\(S\{0,1\}CCACHE_[A-Z_]*\)=.*/\1/p')
export CCACHE_DIR=$work/ccache CCACHE_CONFIGPATH=$work/ccache.conf
export SCCACHE_DIR=$work/sccache SCCACHE_SERVER_PORT=${ESCAPE_SCCACHE_PORT:-14226}
export SCCACHE_IDLE_TIMEOUT=120
: > "$CCACHE_CONFIGPATH"
sccache_started=
cleanup () {
  [ -z "$sccache_started" ] || sccache --stop-server > /dev/null 2>&1
  rm -rf "$work"
}
trap cleanup EXIT

# In a directory without a file named "escape", which ccache would hash.
cd "$work" || exit
plugin_dir=$work/gcc/plugin
plugin=$plugin_dir/escape.so
src=$here/proj/sum.c
if ! plugins "$work/plugins" || ! mkdir -p "$plugin_dir"; then
  fail "the plugins to compile with (see above)"
  finish
  exit
fi

# The objects of the old and the new plugin, compiled without a cache.
for version in escape noop; do
  cp "$work/plugins/$version.so" "$plugin"
  $CC -O2 -fplugin="$plugin" $plugin_args -c "$src" -o "$work/$version.o" 2>> "$work/compile.log"
done
expect "the old plugin moves sum.c's malloc, the new one does not" \
  "$(code "$work/escape.o" | grep -c 'malloc') $(code "$work/noop.o" | grep -c 'malloc')" "0 1"

# outcome TOOL: hit or miss, what the last compile through TOOL was (its
# statistics were zeroed before it).
outcome () {
  local hits
  case $1 in
    ccache) hits=$(ccache --print-stats | awk '$1 ~ /^(direct|preprocessed)_cache_hit$/ { n += $2 } END { print n }') ;;
    sccache) hits=$(sccache --show-stats | awk '/^Cache hits / && NF == 3 { print $3 }') ;;
  esac
  if [ "$hits" = 1 ]; then echo hit; else echo miss; fi
}

# compile TOOL FLAGS...: proj/sum.c through TOOL into $work/out.o; prints hit
# or miss.
compile () {
  local tool=$1
  shift
  $tool -z > /dev/null
  rm -f "$work/out.o"
  $tool $CC -O2 "$@" $plugin_args -c "$src" -o "$work/out.o" 2>> "$work/compile.log" &&
    outcome "$tool"
}

# upgrade NAME TOOL WANTED FLAGS...: with an empty cache, compiles twice with
# the old plugin (a miss, then a hit), copies the new plugin over it and
# compiles again: WANTED (hit or miss) and the object of the old plugin
# (after a hit) or the new one (after a miss).
upgrade () {
  local name=$1 tool=$2 wanted=$3 version=noop
  shift 3
  rm -rf "$CCACHE_DIR" "$SCCACHE_DIR"/*
  cp "$work/plugins/escape.so" "$plugin"
  expect "$name: first compile, then the same again" \
    "$(compile "$tool" "$@") $(compile "$tool" "$@")" "miss hit"
  cp "$work/plugins/noop.so" "$plugin"
  expect "$name: after the plugin upgrade, a $wanted" "$(compile "$tool" "$@")" "$wanted"
  [ "$wanted" = miss ] || version=escape
  check "$name: the object is the $version plugin's" same_code "$work/out.o" "$work/$version.o"
}

if have_packages ccache; then
  upgrade "ccache, -fplugin=ABSOLUTE-PATH" ccache miss -fplugin="$plugin"
  CCACHE_COMPILERCHECK=content \
    upgrade "ccache compiler_check=content, -fplugin=ABSOLUTE-PATH" ccache miss -fplugin="$plugin"
  upgrade "ccache, -fplugin=escape" ccache hit -iplugindir="$plugin_dir" -fplugin=escape
else
  skip "ccache: the Debian package ccache is not installed and could not be"
fi

if have_packages sccache; then
  if sccache --start-server > "$work/sccache.log" 2>&1; then
    sccache_started=1
    upgrade "sccache, -fplugin=ABSOLUTE-PATH" sccache hit -fplugin="$plugin"
    SCCACHE_EXTRAFILES=$plugin \
      upgrade "sccache SCCACHE_EXTRAFILES=ABSOLUTE-PATH, -fplugin=ABSOLUTE-PATH" sccache miss -fplugin="$plugin"
  else
    fail "sccache --start-server (port $SCCACHE_SERVER_PORT): $(cat "$work/sccache.log")"
  fi
else
  skip "sccache: the Debian package sccache is not installed and could not be"
fi

[ ! -s "$work/compile.log" ] || { echo "compiler output:"; cat "$work/compile.log"; }
finish
