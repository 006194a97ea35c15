#!/usr/bin/env bash
# check-icecream.sh BUILDDIR: the plugin in a distributed build with
# icecream (Debian's icecc, installed here where missing).  Starts a
# scheduler, a daemon that takes remote jobs ("remote") and one that takes
# none ("local", the one the client asks), all on 127.0.0.1 with this test's
# own network name, ports and directories, in the foreground as jobs of this
# script (stopped at its end).  Where `unshare -n -m` can, everything runs in
# network and mount namespaces of its own: nothing is seen outside, and a
# file bound over /proc/stat shows the daemons an idle machine.  The remote
# daemon stands for another machine, and icecream's scheduler gives a job
# only to a daemon whose machine has idle CPU time, which this one, busy with
# the test and whatever else runs, may not have.
#
# proj/ (three units and units.mk) is built with make -j3 by "icecc gcc" and
# by gcc alone, with -fplugin=ABSOLUTE-PATH -fplugin-arg-escape-promote
# -fplugin-arg-escape-m -fno-diagnostics-show-caret.  icecream puts the file
# -fplugin= names into the compiler environment it makes and sends; the
# remote daemon's log must show each unit compiled there, the client's log no
# local compile of a unit, and the notes and each object's code must be those
# of the local build.  Then, as the README says:
#   - without -fno-diagnostics-show-caret, a unit that has notes is compiled
#     remotely and then again locally (icecream's caret workaround, for GCC
#     diagnostics of a compile that had no source file);
#   - -fplugin=escape (a plugin found in GCC's plugin directory, here a
#     private one given with -iplugindir=, the option GCC's driver gives cc1
#     for it) is compiled locally, with a warning that icecc prints only
#     when ICECC_DEBUG asks for warnings.
#
# ICECC_TEST_SOCKET, ICECC_TEST_REMOTEBUILD and ICECC_PREFERRED_HOST are the
# variables icecream's own testsuite uses to run a client and daemons on one
# machine: the first names a daemon's socket, the second lets a job the
# scheduler gives to a daemon on 127.0.0.1 go to it rather than run in the
# client, the third asks the scheduler for the daemon named "remote".  Prints PASS:/FAIL:/SKIP: lines and ends with "N passed, M failed";
# exits non-zero when a check fails.
set -uo pipefail

if [ "$#" -ne 1 ]; then
  echo "usage: check-icecream.sh BUILDDIR" >&2
  exit 2
fi
if [ -z "${ESCAPE_ICECREAM_NS-}" ] && command -v ip > /dev/null &&
     unshare -n -m true 2> /dev/null; then
  exec env ESCAPE_ICECREAM_NS=1 unshare -n -m "$0" "$@"
fi
build=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
. "$here/lib.sh"
# The daemons run as the user icecc (or nobody): they read the plugin and
# write in $ice.
chmod 755 "$work"
ice=$work/ice
mkdir -m 1777 "$ice"
pids=()
cleanup () {
  [ "${#pids[@]}" -eq 0 ] || { kill "${pids[@]}" 2> /dev/null; wait "${pids[@]}"; }
  [ -z "${ESCAPE_ICECREAM_NS-}" ] || umount /proc/stat 2> /dev/null
  rm -rf "$work"
}
trap cleanup EXIT

# end: the end of the icecream logs after a failure, and the last line.
end () {
  [ "$failed" -eq 0 ] || tail -n 15 "$ice"/*.log
  finish
}

# No load in /proc/stat's first line: idle (icecream's daemon/load.cpp
# counts a machine whose ticks do not move as idle).
if [ -n "${ESCAPE_ICECREAM_NS-}" ]; then
  printf 'cpu  0 0 0 0 0 0 0 0 0 0\n' > "$work/stat"
  if ! ip link set lo up || ! mount --bind "$work/stat" /proc/stat; then
    fail "icecream: the loopback interface or /proc/stat in the test's namespaces"
    end
    exit
  fi
fi

if ! have_packages icecc; then
  skip "icecream: the Debian package icecc is not installed and could not be"
  finish
  exit
fi
plugin_dir=$work/gcc/plugin
plugin=$plugin_dir/escape.so
mkdir -p "$plugin_dir" && cp "$build/escape.so" "$plugin"

# wait_for LOG TEXT: until LOG has a line with TEXT (at most 30 seconds).
wait_for () {
  local i
  for i in $(seq 60); do
    grep -q "$2" "$1" 2> /dev/null && return 0
    sleep 0.5
  done
  return 1
}

# The scheduler listens on $port and $port + 1, the remote daemon on
# $port + 2; the local daemon only on its socket.
net=escape-check-$$
port=${ESCAPE_ICECREAM_PORT:-18765}
icecc-scheduler -p "$port" -n "$net" -l "$ice/scheduler.log" -vvv &
pids+=($!)
wait_for "$ice/scheduler.log" 'scheduler ready'
# daemon NAME OPTIONS...
daemon () {
  local name=$1
  shift
  ICECC_TEST_SOCKET=$ice/$name.sock iceccd -s "127.0.0.1:$port" -n "$net" -N "$name" \
    -b "$ice/envs-$name" -l "$ice/$name.log" -m 3 -vvv "$@" &
  pids+=($!)
}
daemon remote -p $((port + 2))
daemon local --no-remote
if ! wait_for "$ice/remote.log" 'Connected to scheduler' ||
     ! wait_for "$ice/local.log" 'Connected to scheduler'; then
  fail "icecream: the daemons did not connect to the scheduler"
  end
  exit
fi
if grep -q 'Cannot use chroot' "$ice/remote.log"; then
  skip "icecream: the daemon cannot chroot here, so it takes no remote job"
  finish
  exit
fi

flags="-O2 -fplugin=$plugin $plugin_args -fplugin-arg-escape-m"
units="sum words main"

# project DIR CC [FLAGS]: proj/ built in DIR by CC with $flags and FLAGS,
# in at most 100 seconds.  icecream's scheduler gives a job only to a daemon
# whose machine has idle CPU time; on a busy machine a client waits (up to 4
# minutes, then compiles locally).
project () {
  local rc waits
  mkdir -p "$1" || return
  timeout 100 make -s -C "$1" -f "$here/proj/units.mk" -j3 SRC="$here/proj" CC="$2" \
    CFLAGS="$flags ${3-}" > "$1/make.log" 2>&1
  rc=$?
  if [ "$rc" -eq 124 ]; then
    waits=$(grep -c 'No suitable host found' "$ice/scheduler.log")
    fail "$2 build: no result in 100 s (the scheduler found no host with idle CPU $waits times)"
  elif [ "$rc" -ne 0 ]; then
    fail "$2 build: make exited with status $rc"
    tail -n 20 "$1/make.log"
  fi
  return "$rc"
}

# icecc_client COMMAND...: COMMAND with the client's variables.
icecc_client () {
  ICECC_TEST_SOCKET=$ice/local.sock ICECC_TEST_REMOTEBUILD=1 ICECC_PREFERRED_HOST=remote \
    ICECC_DEBUG=debug ICECC_LOGFILE=$ice/client.log "$@"
}

# remote_jobs: how many compiles the remote daemon completed.
remote_jobs () {
  grep -c 'Remote compilation completed with exit code 0' "$ice/remote.log"
}

# local_again: how many compiles the client did again locally.
local_again () {
  grep -c 'local build forced by remote exception' "$ice/client.log"
}

# same_build NAME DIR: DIR's build has the notes and code of the local one.
same_build () {
  local u notes=same code=same
  for u in $units; do
    grep -q 'moved to stack' "$2/$u.notes" && cmp -s "$2/$u.notes" "$work/gcc/$u.notes" ||
      notes="$u differs"
    same_code "$2/$u.o" "$work/gcc/$u.o" || code="$u differs"
  done
  expect "$1: the notes of the local build" "$notes" same
  expect "$1: the code of the local build" "$code" same
}

project "$work/gcc" gcc -fno-diagnostics-show-caret &&
  expect "local build: the program" "$("$work/gcc/prog")" "3 10 escapes"

if icecc_client project "$work/icecc" "icecc gcc" -fno-diagnostics-show-caret; then
  expect "icecc: the program" "$("$work/icecc/prog")" "3 10 escapes"
  expect "icecc: units compiled by the remote daemon, and again locally" \
    "$(remote_jobs) $(local_again)" "3 0"
  same_build icecc "$work/icecc"
  check "icecc: the compiler environment was made with the plugin" \
    grep -q "get_native_env .*:$plugin" "$ice/local.log"

  before=$(remote_jobs)
  icecc_client project "$work/caret" "icecc gcc" &&
    expect "icecc without -fno-diagnostics-show-caret: remote compiles, then local ones" \
      "$(($(remote_jobs) - before)) $(local_again)" "3 3"
fi

before=$(remote_jobs)
rm -f "$work/bare.o"
icecc_client icecc gcc -O2 -iplugindir="$plugin_dir" -fplugin=escape $plugin_args \
  -c "$here/proj/sum.c" -o "$work/bare.o" 2> /dev/null
expect "icecc -fplugin=escape: compiled locally, with a warning under ICECC_DEBUG" \
  "$(($(remote_jobs) - before)) $(grep -c 'file for argument -fplugin=escape missing, building locally' "$ice/client.log")" \
  "0 1"
check "icecc -fplugin=escape: the code of the local build" \
  same_code "$work/bare.o" "$work/gcc/sum.o"

end
