#!/usr/bin/env bash
# check-report.sh BUILDDIR: tests of tools/escape-report (issue 24) on the
# profiles written by hand in report/ (two processes of one program, src
# sites with every verdict, one source site with two verdicts, a lib site in
# libc.so.6 with a symbol and one in the executable without).  Compares the
# terminal and JSON outputs with report/expected.txt and expected.json,
# checks numbers worked out by hand from the profiles, errors for a malformed
# file and bad options, addr2line on a program built here, and the HTML
# report in headless chromium (scripts/html-check; its screenshot is
# BUILDDIR/escape-report.png).  Prints PASS:/FAIL: lines and ends with
# "N passed, M failed"; exits non-zero when a check fails.
set -uo pipefail

if [ "$#" -ne 1 ]; then
  echo "usage: check-report.sh BUILDDIR" >&2
  exit 2
fi
build=$(realpath "$1")
tool=$build/tools/escape-report
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

PASSED=0
FAILED=0
pass() { PASSED=$((PASSED + 1)); echo "PASS: $*"; }
fail() { FAILED=$((FAILED + 1)); echo "FAIL: $*"; }
# check NAME COMMAND...: PASS when COMMAND succeeds.
check() { local name=$1; shift; if "$@"; then pass "$name"; else fail "$name"; fi; }

# The report's outputs, run inside report/ so that paths read "./app.100.prof".
report() { (cd "$here/report" && "$tool" "$@"); }
report . >"$tmp/out.txt" 2>"$tmp/err.txt"
check "terminal report exits 0" test -s "$tmp/out.txt"
check "terminal report matches expected.txt" diff -u "$here/report/expected.txt" "$tmp/out.txt"
report --json . >"$tmp/out.json" 2>>"$tmp/err.txt"
check "JSON report matches expected.json" diff -u "$here/report/expected.json" "$tmp/out.json"
check "nothing on stderr" test ! -s "$tmp/err.txt"

# The line of the JSON site whose "location" is $1 (each site is one line).
site() { grep -F "\"location\":\"$1\"" "$tmp/out.json"; }
has() { grep -qF -- "$2" <<<"$1"; }

# Worked out by hand from app.100.prof and app.101.prof.
# Totals: heap calls 649 + 413; own code 40+60+30+5+7 (pid 100) + 100+12
# (pid 101) = 254; libraries 500+7+300 = 807; k0 small in own code
# 190+5+12 = 207 = 19.5% of 1062 and 81.5% of 254.
check "hand: total heap calls 1062" has "$(cat "$tmp/out.json")" '"heap_calls":1062,'
check "hand: own 254, libraries 807" has "$(cat "$tmp/out.txt")" \
  'own code    254 heap calls (23.9%) at 5 sites; libraries 807 (76.0%) at 2 sites'
check "hand: k0 small share" has "$(cat "$tmp/out.txt")" \
  '207 heap calls could go to the stack (19.5% of all heap calls, 81.5% of own code'
# parse_line's malloc(64): moved-inlined 40 calls (pid 100); kept 60 (pid
# 100) + 100 (pid 101); k0 small 40 + 50 + 100 = 190 is its gain, first.
s=$(site src/app.c:13:16)
check "hand: parse_line gain 190 of 200 calls" has "$s" '"heap_calls":200,"bytes":12800,"blocks":200,"gain":190,'
check "hand: parse_line per-verdict calls" has "$s" '"verdict":"kept","explanation":"its size is not a constant in the copy inlined into main","text":"does not escape, not moved: its size is not a constant in the copy inlined into main","calls":160},{"verdict":"moved-inlined"'
check "hand: parse_line ranks first" has "$(sed -n 10p "$tmp/out.txt")" '  1  src/app.c:13:16          parse_line       malloc(64)              200   95%    5%'
# build_list escapes: 20 k1 small, 5 k2 large, 5 later large of 30.
check "hand: build_list classes 67% 17% 17%" has "$(grep build_list "$tmp/out.txt" | head -1)" \
  '30     -   67%   17%   17%     -        0  escapes: v escapes to heap'
# re_search in libc.so.6: 500 calls from main (pid 100) + 300 from
# parse_line (pid 101), no gain: not compiled with escape.
s=$(site libc.so.6)
check "hand: re_search merged over processes" has "$s" '"callers":[{"function":"main","file":"src/app.c","calls":500},{"function":"parse_line","file":"src/app.c","calls":300}]'
check "hand: re_search verdict" has "$s" '"verdict":"in libc.so.6, re_search: not compiled with escape",'
check "hand: unnamed code of the executable" has "$(site app+0x1139)" '"verdict":"in app at 0x1139: not compiled with escape",'
# Each verdict's words.
for v in 'moved (first pass)' 'moved after inlining' 'moved at link time' \
  'does not escape, not moved: its size' 'escapes: v escapes to heap' \
  'call of allocation wrapper xcalloc'; do
  check "verdict text: $v" has "$(cat "$tmp/out.json")" "$v"
done

# --max-size 1024: only main's malloc (profiled with max-size 256) keeps
# its gain of 12; sites split at 4096 may have small blocks above 1024.
report --json --max-size 1024 . >"$tmp/max.json"
check "--max-size 1024 keeps only main's gain" has "$(grep -c '"gain":0,' "$tmp/max.json")" 6
check "--max-size 1024: totals" has "$(cat "$tmp/max.json")" '"own_k0_small":12,'
# --per-process: pid 101 alone has parse_line's 100 kept calls as gain.
report --per-process --top 2 . >"$tmp/per.txt"
check "--per-process: two reports" test "$(grep -c '^escape-report: 1 process' "$tmp/per.txt")" -eq 2
check "--per-process: pid 101's parse_line" has "$(cat "$tmp/per.txt")" \
  '  1  src/app.c:13:16          parse_line       malloc(64)              100  100%'
check "--top 2 cuts the table" has "$(cat "$tmp/per.txt")" '(4 more sites; --top N shows more)'

# Errors: exit status 2 and a message naming what is wrong.
# expect_error NAME PATTERN ARGS...
expect_error() {
  local name=$1 pattern=$2 rc=0
  shift 2
  "$tool" "$@" >/dev/null 2>"$tmp/err" || rc=$?
  if [ "$rc" -eq 2 ] && grep -qF -- "$pattern" "$tmp/err"; then
    pass "$name"
  else
    fail "$name (exit $rc: $(head -1 "$tmp/err"))"
  fi
}
mkdir "$tmp/bad"
sed '5s/\t40\t/\tforty\t/' "$here/report/app.100.prof" >"$tmp/bad/app.100.prof"
expect_error "malformed number names file:line" "bad/app.100.prof:5: CALLS 'forty' is not a whole number" "$tmp/bad"
sed '6s/^life/lifetime/' "$here/report/app.100.prof" >"$tmp/bad/app.100.prof"
expect_error "unknown record names file:line" "app.100.prof:6: unknown record 'lifetime'" "$tmp/bad/app.100.prof"
sed '4s/\t11\t/\t/' "$here/report/app.100.prof" | sed '4s/moved-inlined\t$/moved-inlined/' >"$tmp/bad/app.100.prof"
expect_error "short site record" "app.100.prof:4: a src site record has 10 fields, not 11" "$tmp/bad/app.100.prof"
sed '3s/649/650/' "$here/report/app.100.prof" >"$tmp/bad/app.100.prof"
expect_error "inconsistent totals" "app.100.prof:3: HEAP-CALLS 650 is not MALLOC + CALLOC + REALLOC + ALIGNED" "$tmp/bad/app.100.prof"
expect_error "unknown option" "unknown option '--frobnicate'" --frobnicate "$here/report"
expect_error "bad --top value" "--top takes a whole number above 0" --top x "$here/report"
expect_error "--json with --html" "--json and --html go alone" --json --html x.html "$here/report"
expect_error "missing profile" "cannot read $tmp/none" "$tmp/none"

# A profile without sites; a program name with a byte that is not UTF-8 and
# characters HTML and JSON must escape.
printf 'escape-profile\t1\nprocess\t5\t1\t/x/a\351"<\\&>\t\ntotals\t0\t0\t0\t0\t0\t0\t0\n' >"$tmp/odd.prof"
check "no sites, name escaped in JSON" has "$("$tool" --json "$tmp/odd.prof")" \
  '"exe":"/x/a\ufffd\"\u003c\\\u0026\u003e",'

# addr2line: a lib site without symbol in the program's own executable is
# named by function and file:line.
mkdir "$tmp/a2l"
cat >"$tmp/a2l/prog.c" <<'EOF'
#include <stdlib.h>
void *helper (void) { return malloc (10); }
int main (void) { free (helper ()); return 0; }
EOF
if (cd "$tmp/a2l" && gcc -g -O0 -o prog prog.c) 2>/dev/null; then
  offset=$(nm "$tmp/a2l/prog" | awk '$3 == "helper" { print "0x" $1 }')
  { printf 'escape-profile\t1\nprocess\t7\t1\t%s\tprog\n' "$tmp/a2l/prog"
    printf 'totals\t1\t1\t0\t0\t0\t1\t0\n'
    printf 'site\t1\tlib\t%s\t\t%s\t\t\t4096\n' "$tmp/a2l/prog" "$offset"
    printf 'calls\t1\t1\t10\nlife\t1\tk0\t1\t10\t0\t0\n'; } >"$tmp/a2l/prog.7.prof"
  "$tool" "$tmp/a2l/prog.7.prof" >"$tmp/a2l.txt" 2>&1
  check "addr2line names helper in prog.c" has "$(cat "$tmp/a2l.txt")" \
    "verdict in prog, helper ($tmp/a2l/prog.c:2): not compiled with escape"
else
  fail "addr2line test: gcc could not build prog.c"
fi

# HTML: the source embedded escaped, a missing source said, the page checked
# in chromium when it is there or can be installed.
(cd "$tmp" && "$tool" --html "$tmp/report.html" "$here/report")
check "HTML: source of line 14 embedded, escaped" has "$(cat "$tmp/report.html")" \
  "  int ok = n \\u003c 64 \\u0026\\u0026 s[0] != '\\\"' \\u0026\\u0026 (s[1] == '\\u003c' || s[1] == '\\u0026');\""
check "HTML: one script end tag per script" test "$(grep -c '</script>' "$tmp/report.html")" -eq 2
cp "$here/report/"*.prof "$tmp/bad/"
"$tool" --html "$tmp/nosource.html" "$tmp/bad"
check "HTML: missing source is null" has "$(cat "$tmp/nosource.html")" '"source":null'
"$tool" --html "$tmp/root.html" --source-root "$here/report" "$tmp/bad"
check "HTML: source found under --source-root" has "$(cat "$tmp/root.html")" \
  "\"source\":{\"path\":\"$here/report/src/app.c\",\"first\":10,"
if command -v chromium >/dev/null 2>&1 || { [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; }; then
  check "HTML renders in chromium, script ran" \
    "$top/scripts/html-check" "$tmp/report.html" "$build/escape-report.png"
else
  echo "SKIP: html-check (no chromium, and not root to install it)"
fi

echo "$PASSED passed, $FAILED failed"
[ "$FAILED" -eq 0 ] && [ "$PASSED" -gt 0 ]
