# Shell functions of the toolchain checks (check-caches.sh,
# check-icecream.sh), sourced by them: counters and PASS/FAIL/SKIP lines,
# Debian packages installed where missing, the plugins they compile with.
# The sourcing script sets $build (the build directory holding escape.so),
# $here (this directory) and $work (its scratch directory).

CC=${CC:-gcc}
passed=0
failed=0

pass () { passed=$((passed + 1)); echo "PASS: $*"; }
fail () { failed=$((failed + 1)); echo "FAIL: $*"; }
skip () { echo "SKIP: $*"; }

# expect NAME GOT WANTED
expect () {
  if [ "$2" = "$3" ]; then
    pass "$1"
  else
    fail "$1: got '$2', wanted '$3'"
  fi
}

# check NAME COMMAND...: PASS when COMMAND succeeds.
check () {
  local name=$1
  shift
  if "$@"; then pass "$name"; else fail "$name"; fi
}

# finish: the last line, and the exit status.
finish () {
  echo "$passed passed, $failed failed"
  [ "$failed" -eq 0 ]
}

# have_packages PACKAGE...: true when each Debian package is installed or
# could be installed now (as root, with apt-get, as scripts/setup does).
have_packages () {
  local missing=() p
  for p in "$@"; do
    dpkg -s "$p" 2>/dev/null | grep -q '^Status: install ok installed' || missing+=("$p")
  done
  [ "${#missing[@]}" -eq 0 ] && return 0
  [ "$(id -u)" -eq 0 ] && command -v apt-get > /dev/null || return 1
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
    "${missing[@]}" > "$work/apt.log" 2>&1 && return 0
  DEBIAN_FRONTEND=noninteractive apt-get update -q >> "$work/apt.log" 2>&1
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
    "${missing[@]}" >> "$work/apt.log" 2>&1
}

# The flags of every compile besides -fplugin=, which comes first (GCC wants
# a plugin named before its arguments): promotion, as in the README.
plugin_args=-fplugin-arg-escape-promote

# plugins DIR: DIR/escape.so, a copy of the build's plugin, and DIR/noop.so,
# a plugin that moves nothing (plugin-noop.cc).
plugins () {
  mkdir -p "$1" &&
    cp "$build/escape.so" "$1/escape.so" &&
    ${CXX:-g++} -shared -fPIC -fno-rtti -I"$($CC -print-file-name=plugin)/include" \
      "$here/plugin-noop.cc" -o "$1/noop.so"
}

# code OBJECT: its disassembly with relocations, without its file name.
code () {
  objdump -dr "$1" | grep -v 'file format'
}

# same_code OBJECT OBJECT: both exist and have the same code.
same_code () {
  [ -s "$1" ] && [ -s "$2" ] && cmp -s <(code "$1") <(code "$2")
}
