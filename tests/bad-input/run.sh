#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The bad-input battery: each case puts one hostile input beside a good unit
# (a known port-memory-freed finding) and asserts the exact behaviour: the
# exit status, a message naming the file and the problem, and the good
# unit's finding still reported. Large inputs are generated here, never
# committed. usage: run.sh STORCHECK SOURCE_DIR
set -uo pipefail
storcheck=$(realpath "$1") src=$(realpath "$2")
good_src="$src/corpus/cases/port-memory-freed/bad-typed-release-inside-wrapper/driver.c"
work=$(mktemp -d /tmp/storcheck-bad-XXXXXX)
trap 'chmod -R u+rwx "$work" 2>/dev/null; rm -rf "$work"' EXIT
export STORCHECK_DATA_DIR="$src/rules"
fails=0 passes=0 t0=$SECONDS

# A fresh tree holding the good unit; prints its path.
tree() {
  local d="$work/$1"
  mkdir -p "$d/good"
  git init -q "$d" 2>/dev/null || mkdir -p "$d/.git"
  cp "$good_src" "$d/good/driver.c"
  echo "$d"
}

# expect NAME STATUS PATTERN [good|nogood] -- ARGS...: runs storcheck in
# the case's tree; PATTERN (grep -E) must be in its standard error or output.
expect() {
  local name=$1 want=$2 pattern=$3 good=$4
  shift 5
  local out="$work/$name.out" err="$work/$name.err" case_t0=$SECONDS
  (cd "$d" && timeout 120 "$storcheck" --fail-on never "$@" >"$out" 2>"$err")
  local got=$?
  local why=""
  [ "$got" -eq "$want" ] || why="exit $got, expected $want"
  if [ -z "$why" ] && [ -n "$pattern" ] && ! grep -aqE -- "$pattern" "$out" "$err"; then
    why="no message matching /$pattern/"
  fi
  if [ -z "$why" ] && [ "$good" = good ] && ! grep -aq "port-memory-freed" "$out"; then
    why="the good unit's finding is missing"
  fi
  if [ -z "$why" ]; then
    passes=$((passes + 1)); echo "ok   $name ($((SECONDS - case_t0)) s)"
  else
    fails=$((fails + 1)); echo "FAIL $name: $why"
    sed 's/^/     | /' "$err" | head -8
  fi
}

# also NAME PATTERN: one more message the case must have printed.
also() {
  if grep -aqE -- "$2" "$work/$1.out" "$work/$1.err"; then
    passes=$((passes + 1)); echo "ok   $1 also /$2/"
  else
    fails=$((fails + 1)); echo "FAIL $1: no message matching /$2/"
  fi
}

# --- sources ---------------------------------------------------------------
d=$(tree empty); : > "$d/empty.c"
expect empty 0 "" good -- .

d=$(tree binary); python3 -c "import random,sys; r=random.Random(7); sys.stdout.buffer.write(bytes(r.randrange(256) for _ in range(8192)))" > "$d/blob.c"
expect binary 3 "blob.c.*(parse errors|incomplete)" good -- .

d=$(tree utf16); python3 -c "import sys; sys.stdout.buffer.write('int f(void) { return 0; }\n'.encode('utf-16'))" > "$d/wide.c"
expect utf16 3 "wide.c.*UTF-16" good -- .

d=$(tree nonutf8); printf 'int f(void) { return 0; } /* caf\xe9 \xff\xfe */\nconst char *s = "\xc3\x28";\n' > "$d/latin1.c"
expect nonutf8-source 0 "" good -- .

# A non-UTF-8 byte in a path and in the text a finding quotes: every format
# must still be well-formed (JSON and SARIF parse; JUnit and HTML are XML-ish).
d=$(tree nonutf8-path); mkdir -p "$d/caf$(printf '\xe9')"
sed 's|StorPortFreePool(DevExt, ext);|StorPortFreePool(DevExt, ext); /* \xff\xfe */|' "$good_src" > "$d/caf$(printf '\xe9')/drv.c"
expect nonutf8-path 0 "" good -- --output json:r.json --output sarif:r.sarif --output html:r.html --output junit:r.xml --output gitlab:r.gl.json .
if python3 - "$d" <<'PY'
import json, sys, xml.dom.minidom
d = sys.argv[1]
for f in ("r.json", "r.sarif", "r.gl.json"):
    json.loads(open(f"{d}/{f}", "rb").read().decode("utf-8"))
xml.dom.minidom.parse(f"{d}/r.xml")
html = open(f"{d}/r.html", "rb").read().decode("utf-8")
assert "caf" in html
PY
then passes=$((passes + 1)); echo "ok   nonutf8-path (reports well-formed UTF-8)"
else fails=$((fails + 1)); echo "FAIL nonutf8-path: a report is not well-formed"; fi

# A newline in a path must not start a workflow command of its own.
d=$(tree newline-path); nl_dir="$d/evil"$'\n'"::error file=x::injected"; mkdir -p "$nl_dir"; cp "$good_src" "$nl_dir/drv.c"
expect newline-path-github 0 "" nogood -- --format github .
expect newline-path-azure 0 "" nogood -- --format azure .
# as many commands as the same driver gives in a plain folder
plain=$(tree newline-plain); cp "$good_src" "$plain/drv.c"
want_gh=$(cd "$plain" && "$storcheck" --no-cache --format github . 2>/dev/null | grep -c '^::')
want_az=$(cd "$plain" && "$storcheck" --no-cache --format azure . 2>/dev/null | grep -c '^##vso')
if [ "$want_gh" -gt 0 ] && [ "$(grep -c '^::' "$work/newline-path-github.out")" -eq "$want_gh" ] &&
   ! grep -q '^::error file=x' "$work/newline-path-github.out" &&
   [ "$(grep -c '^##vso' "$work/newline-path-azure.out")" -eq "$want_az" ] && ! grep -q '^::error' "$work/newline-path-azure.out"; then
  passes=$((passes + 1)); echo "ok   newline-path (one workflow command per finding)"
else
  fails=$((fails + 1)); echo "FAIL newline-path: a path's newline started a workflow command"
fi

d=$(tree huge); python3 -c "
import sys
line = b'/* ' + b'x' * 1021 + b' */\n'
sys.stdout.buffer.write(b'int big(void) { return 0; }\n' + line * (50 * 1024))" > "$d/huge.c"
expect huge-50mb 3 "huge.c: 50\.[0-9] MiB, larger than the limit of 16 MiB \(--max-file-size\)" good -- .
expect huge-50mb-raised 0 "" good -- --max-file-size 64 --unit-timeout 60 .

d=$(tree longline); python3 -c "import sys; sys.stdout.write('const char *s = \"' + 'x' * (1 << 20) + '\"; int f(void) { return s[0]; }\n')" > "$d/long.c"
expect long-line 0 "" good -- .

d=$(tree terms); python3 -c "import sys; sys.stdout.write('int f(int x) { return x' + ' + x' * 1000000 + '; }\n')" > "$d/terms.c"
expect million-terms 3 "terms.c" good -- --unit-timeout 60 .

d=$(tree parens); python3 -c "import sys; sys.stdout.write('int f(int x) { return ' + '(' * 10000 + 'x' + ')' * 10000 + '; }\n')" > "$d/parens.c"
expect deep-parens 3 "parens.c.*(nesting|bracket)" good -- .

d=$(tree blocks); python3 -c "import sys; sys.stdout.write('void f(void) ' + '{' * 10000 + '}' * 10000 + '\n')" > "$d/blocks.c"
expect deep-blocks 3 "blocks.c.*(nesting|bracket)" good -- .

d=$(tree macro); python3 - "$d/macro.c" <<'PY'
import sys
lines = ["#define E0(x) x x"] + [f"#define E{i}(x) E{i-1}(x) E{i-1}(x)" for i in range(1, 40)]
open(sys.argv[1], "w").write("\n".join(lines) + "\nint f(void) { return 0 E39(+1); }\n")
PY
expect exponential-macro 3 "macro.c.*(--unit-timeout|took longer)" good -- --unit-timeout 2 .

# --- includes --------------------------------------------------------------
d=$(tree cycle); printf '#include "b.h"\nint a_%s;\n' x > "$d/a.h"; printf '#include "a.h"\n' > "$d/b.h"
printf '#include "a.h"\nint f(void) { return 0; }\n' > "$d/cyc.c"
expect include-cycle 3 "cyc.c.*nested too deeply" good -- .

d=$(tree self); printf '#include "self.c"\nint f(void) { return 0; }\n' > "$d/self.c"
expect self-include 3 "self.c.*nested too deeply" good -- .

d=$(tree escape); printf '#include "../../../../../../../../../etc/hostname"\n#include "/etc/passwd"\nint f(void) { return 0; }\n' > "$d/esc.c"
expect include-escape 0 "esc.c:1: .*hostname.* \(refused: outside the repository\)" nogood -- --stats .
expect include-escape-findings 0 "" good -- .

d=$(tree devzero); printf '#include "/dev/zero"\nint f(void) { return 0; }\n' > "$d/z.c"; ln -s /dev/zero "$d/zero.h"
printf '#include "zero.h"\nint g(void) { return 0; }\n' > "$d/z2.c"
expect include-dev-zero 0 "stand-in: z.c:1: \"/dev/zero\"" nogood -- --stats .
expect include-dev-zero-findings 0 "" good -- .

# --- files and folders -----------------------------------------------------
d=$(tree fifo); mkfifo "$d/pipe.c"
expect fifo-source 3 "pipe.c: cannot be read: not a regular file" good -- .

if [ "$(id -u)" -eq 0 ]; then
  echo "note: running as root, where chmod does not stop reads: the unreadable file and folder cases are skipped (the FIFO case covers a file that cannot be read)"
else
  d=$(tree unreadable); printf 'int f(void) { return 0; }\n' > "$d/secret.c"; chmod 000 "$d/secret.c"
  mkdir "$d/closed"; printf 'int g(void) { return 0; }\n' > "$d/closed/x.c"; chmod 000 "$d/closed"
  expect unreadable 3 "(secret.c|closed).*[Pp]ermission denied" good -- .
fi

d=$(tree links); ln -s loop "$d/loop"; ln -s . "$d/good/self"; ln -s nowhere.c "$d/dangling.c"
mkdir -p "$work/outside"; cp "$good_src" "$work/outside/elsewhere.c"; ln -s "$work/outside" "$d/ext"
expect symlink-loop-dangling 3 "dangling.c: cannot be read" good -- -v .
expect symlink-outside 3 "ext: symbolic link to .*outside.*not followed" good -- -v .
if grep -aq "elsewhere.c" "$work/symlink-outside.out"; then
  fails=$((fails + 1)); echo "FAIL symlink-outside: a unit outside the tree was scanned"
fi
expect symlink-follow 3 "elsewhere.c" good -- --follow-symlinks .

d=$(tree many); mkdir -p "$d/many"
python3 -c "
import os, sys
for i in range(100000):
    open(os.path.join(sys.argv[1], f'f{i:06d}.c'), 'w').close()" "$d/many"
expect units-limit 3 "100001 translation units, more than the limit of 50 \(--max-units\)" nogood -- --max-units 50 .

expect missing-path 3 "no-such-dir: [Nn]o such file" good -- good no-such-dir

# --- compilation databases -------------------------------------------------
d=$(tree compdb); g="$d/good/driver.c"
printf '[{"directory": "%s", "file": "%s", "arguments": ["cl", "-c"' "$d" "$g" > "$d/trunc.json"
expect compdb-truncated 2 "trunc.json: line 1: .*expected" nogood -- -p trunc.json
printf 'this is not json' > "$d/bad.json"
expect compdb-malformed 2 "bad.json: line 1: .*expected" nogood -- -p bad.json
cat > "$d/types.json" <<J
[{"directory": "$d", "file": "$g", "arguments": ["cl", "-c", "$g"]},
 {"directory": 7, "file": ["x.c"], "arguments": "not a list"},
 {"directory": "$d", "file": "$d/missing.c", "arguments": ["cl", "-c", "missing.c"]},
 "not an entry"]
J
expect compdb-bad-entries 3 "types.json: entry 2 has no \"directory\" .*skipped" good -- -p types.json
also compdb-bad-entries "missing.c: no such file \(listed in types.json\)"
also compdb-bad-entries "types.json: entry 4 is not an object; skipped"

# --- project files ---------------------------------------------------------
d=$(tree vcx); mkdir -p "$d/proj"; printf 'int p(void) { return 0; }\n' > "$d/proj/p.c"
printf '<Project><ItemGroup><ClCompile Include="p.c"></ItemGroup>' > "$d/proj/bad.vcxproj"
expect vcxproj-malformed 3 "bad.vcxproj: line 1: " good -- .
d=$(tree vcx-byte); mkdir -p "$d/proj"; printf 'int p(void) { return 0; }\n' > "$d/proj/p.c"
printf '<?xml version="1.0" encoding="utf-8"?>\n<Project><ItemGroup><ClCompile Include="p\xff.c" /></ItemGroup></Project>\n' > "$d/proj/byte.vcxproj"
expect vcxproj-bad-byte 3 "byte.vcxproj: line 2: Input is not proper UTF-8.*Bytes: 0xFF" good -- .
d=$(tree xxe); mkdir -p "$d/proj"; echo "TOPSECRET-$$" > "$work/secret.txt"; printf 'int p(void) { return 0; }\n' > "$d/proj/p.c"
cat > "$d/proj/xxe.vcxproj" <<X
<?xml version="1.0"?>
<!DOCTYPE Project [<!ENTITY s SYSTEM "file://$work/secret.txt">]>
<Project xmlns="http://schemas.microsoft.com/developer/msbuild/2003">
  <PropertyGroup><ConfigurationType>Driver</ConfigurationType></PropertyGroup>
  <ItemDefinitionGroup><ClCompile><PreprocessorDefinitions>X=&s;</PreprocessorDefinitions></ClCompile></ItemDefinitionGroup>
  <ItemGroup><ClCompile Include="p.c" /></ItemGroup>
</Project>
X
expect vcxproj-external-entity 0 "" nogood -- --print-args proj/p.c .
expect vcxproj-external-entity-findings 0 "" good -- .
if grep -aq "TOPSECRET" "$work/vcxproj-external-entity.out" "$work/vcxproj-external-entity.err"; then
  fails=$((fails + 1)); echo "FAIL vcxproj-external-entity: the external entity was loaded"
fi

# --- configuration, baseline, outputs --------------------------------------
d=$(tree config); printf '{"rules": {"port-memory-freed": "off"' > "$d/.storcheck.json"
expect config-malformed 3 "storcheck.json.*the configuration is ignored" good -- .
d=$(tree baseline); printf '{"version": 1, "findings": [' > "$d/base.json"
expect baseline-malformed 3 "base.json.*the baseline is not applied" good -- --baseline base.json .
d=$(tree output)
expect output-unwritable 2 "no-such-folder/r.json" nogood -- -o no-such-folder/r.json .

echo "bad-input: $passes passed, $fails failed, $((SECONDS - t0)) s"
[ "$fails" -eq 0 ]
