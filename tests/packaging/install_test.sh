#!/usr/bin/env bash
# Installs the build into a temporary folder (meson install --destdir) and uses it as a user would:
# the headers, egca.pc and libegca through pkg-config in a small C program, the egca command, the man
# page, and the Python package (when the binding is built) imported from the installed tree.
# Usage: install_test.sh BUILD_DIR PYTHON [CFLAGS]    Ends with "N passed, N failed".
# CFLAGS go to the C program's build, e.g. -fsanitize=address when libegca was built with a sanitizer.
set -u
build=$1
python=${2:-python3}
extra_cflags=${3:-}
passed=0
failed=0
ok() { echo "ok   $1"; passed=$((passed + 1)); }
fail() { echo "FAIL $1"; failed=$((failed + 1)); }
finish() { echo "$passed passed, $failed failed"; rm -rf "$tmp"; [ "$failed" -eq 0 ]; exit $?; }

tmp=$(mktemp -d)
dest=$tmp/root
if meson install -C "$build" --destdir "$dest" --no-rebuild --quiet >"$tmp/install.log" 2>&1; then
  ok "meson install --destdir"
else
  fail "meson install --destdir"; cat "$tmp/install.log"; finish
fi

pc=$(find "$dest" -name egca.pc | head -n 1)
if [ -z "$pc" ]; then fail "egca.pc is installed"; finish; fi
ok "egca.pc is installed"
pcdir=$(dirname "$pc")
# egca.pc names its prefix; point it at the install folder.
prefix=$(PKG_CONFIG_PATH=$pcdir pkg-config --variable=prefix egca)
pkgconf() { PKG_CONFIG_PATH=$pcdir pkg-config --define-variable=prefix="$dest$prefix" "$@"; }
libdir=$(pkgconf --variable=libdir egca)
includedir=$(pkgconf --variable=includedir egca)

missing=""
for h in egca.h egca/common.h egca/error.h egca/date.h egca/calendar.h egca/period.h egca/rules.h egca/assess.h egca/case.h egca/batch.h; do
  [ -f "$includedir/$h" ] || missing="$missing $h"
done
if [ -z "$missing" ]; then ok "every public header is installed"; else fail "headers not installed:$missing"; fi

cat >"$tmp/deadline.c" <<'PROGRAM'
#include <egca.h>
#include <stdio.h>

int main(void)
{
  egca_calendar *calendar;
  egca_error err = {0};
  if (egca_calendar_default(&calendar, NULL, &err) < 0) {
    fprintf(stderr, "%s\n", err.message);
    return 1;
  }
  egca_date received, due;
  char text[EGCA_DATE_TEXT_SIZE];
  egca_date_parse(&received, "2025-09-30", NULL);
  int rc = egca_calendar_add_workdays(&due, calendar, received, 5, &err);
  egca_calendar_free(calendar);
  if (rc < 0)
    return 1;
  printf("%s\n", egca_date_format(due, text));
  return 0;
}
PROGRAM
# shellcheck disable=SC2046,SC2086
if cc -std=c11 -Wall -Wextra -Werror $extra_cflags "$tmp/deadline.c" -o "$tmp/deadline" $(pkgconf --cflags --libs egca) \
    -Wl,-rpath,"$libdir" 2>"$tmp/cc.log"; then
  ok "a C program builds with pkg-config --cflags --libs egca"
  out=$("$tmp/deadline" 2>&1)
  if [ "$out" = "2025-10-14" ]; then ok "it computes 5 working days after 2025-09-30: $out"; else fail "it printed: $out"; fi
  if ldd "$tmp/deadline" | grep -q "$libdir/libegca.so"; then ok "it runs on the installed libegca"; else fail "it does not use the installed libegca"; ldd "$tmp/deadline"; fi
else
  fail "a C program builds with pkg-config --cflags --libs egca"; cat "$tmp/cc.log"
fi

exe=$(find "$dest" -path '*/bin/egca' -type f | head -n 1)
if [ -n "$exe" ] && out=$(LD_LIBRARY_PATH=$libdir "$exe" add-workdays 2025-09-30 5 2>&1) && [ "$out" = "2025-10-14" ]; then
  ok "the installed egca command runs"
else
  fail "the installed egca command runs: ${out:-not installed}"
fi

# examples/batch.c, the batch API's example, built against the install: its lines for an NDJSON input (good
# cases, a blank line, a broken line, a case that cannot be evaluated) are the command's, at 1, 2 and 8 jobs.
src=$(cd "$(dirname "$0")/../.." && pwd)
{
  for f in granted renewal change deemed-acceptance late-decision year-end; do
    tr -d '\n' <"$src/examples/case-$f.json"; echo
  done
  echo
  echo '{"case_id": "broken", "events": ['
  echo '{"case_id": "no-events"}'
  tr -d '\n' <"$src/examples/case-granted.json"; echo
} >"$tmp/cases.ndjson"
# shellcheck disable=SC2046,SC2086
if cc -std=c11 -Wall -Wextra -Werror $extra_cflags "$src/examples/batch.c" -o "$tmp/batch" $(pkgconf --cflags --libs egca) \
    -Wl,-rpath,"$libdir" 2>"$tmp/cc.log"; then
  ok "examples/batch.c builds with pkg-config --cflags --libs egca"
  for jobs in 1 2 8; do
    "$tmp/batch" - 2026-03-20 $jobs <"$tmp/cases.ndjson" >"$tmp/batch.out" 2>"$tmp/batch.err"
    code=$?
    LD_LIBRARY_PATH=$libdir "$exe" timeline - --as-of 2026-03-20 --jobs $jobs <"$tmp/cases.ndjson" >"$tmp/command.out" 2>/dev/null
    lines=$(wc -l <"$tmp/batch.out")
    if [ "$code" -eq 1 ] && [ "$lines" -eq 9 ] && cmp -s "$tmp/batch.out" "$tmp/command.out" && grep -q '^{"line":9,"error":' "$tmp/batch.out"; then
      ok "examples/batch.c at $jobs jobs: 9 lines (2 errors), byte-identical to egca timeline -"
    else
      fail "examples/batch.c at $jobs jobs: exit $code, $lines lines, against the command:"; diff "$tmp/batch.out" "$tmp/command.out" | head -5; cat "$tmp/batch.err"
    fi
  done
else
  fail "examples/batch.c builds with pkg-config --cflags --libs egca"; cat "$tmp/cc.log"
fi

man=$(find "$dest" -path '*/man1/egca.1*' | head -n 1)
if [ -n "$man" ]; then ok "the man page is installed: ${man#"$dest"}"; else fail "the man page egca.1 is not installed"; fi

# The documentation and the examples under share/doc/egca, every docs/*.md of the source among them.
docdir=$(pkgconf --variable=prefix egca)/share/doc/egca
missing=""
for f in "$src"/docs/*.md README.md CHANGELOG.md; do
  [ -f "$docdir/$(basename "$f")" ] || missing="$missing $(basename "$f")"
done
for f in "$src"/examples/*.json "$src"/examples/*.c "$src"/examples/python/*.py; do
  rel=${f#"$src/examples/"}
  [ -f "$docdir/examples/$rel" ] || missing="$missing examples/$rel"
done
if [ -z "$missing" ]; then ok "docs, README, CHANGELOG and examples are under ${docdir#"$dest"}"; else fail "not installed under share/doc/egca:$missing"; fi

# The man page names the installed paths, and each file it names under them exists.
if [ -n "$man" ]; then
  text=$(if [[ $man == *.gz ]]; then gzip -dc "$man"; else cat "$man"; fi)
  if echo "$text" | grep -q '@[A-Z]*@'; then
    fail "the installed man page still holds a placeholder: $(echo "$text" | grep -o '@[A-Z]*@' | head -n 1)"
  fi
  named=$(echo "$text" | grep -o "$prefix/share/[A-Za-z0-9/._\\-]*" | sed 's/\\-/-/g' | sort -u)
  absent=""
  for path in $named; do [ -e "$dest$path" ] || absent="$absent $path"; done
  if [ -n "$named" ] && [ -z "$absent" ]; then
    ok "the man page names $(echo "$named" | wc -l) installed paths, all present"
  else
    fail "the man page names paths that are not installed:${absent:- none named}"
  fi
fi

# egca.pc names the data directory, and it holds the holidays and the rules.
pkgdatadir=$(pkgconf --variable=pkgdatadir egca)
if [ -n "$pkgdatadir" ] && [ -f "$pkgdatadir/rules/deadlines.json" ] && ls "$pkgdatadir"/holidays/*.ics >/dev/null 2>&1; then
  ok "egca.pc's pkgdatadir holds the holidays and the rules: ${pkgdatadir#"$dest"}"
else
  fail "egca.pc's pkgdatadir (${pkgdatadir:-unset}) does not hold the data"
fi

ext=$(find "$dest" -name '_egca*.so' | head -n 1)
if [ -n "$ext" ]; then
  site=$(dirname "$(dirname "$ext")")
  out=$(cd "$tmp" && PYTHONPATH=$site "$python" -c '
import datetime, egca
print(egca.__file__)
print(egca.Calendar.default().add_workdays(datetime.date(2025, 9, 30), 5))' 2>&1)
  if [ "$(echo "$out" | sed -n 2p)" = "2025-10-14" ] && echo "$out" | head -n 1 | grep -q "^$dest"; then
    ok "python3 -c \"import egca\" works from the installed tree"
  else
    fail "python3 -c \"import egca\" from the installed tree: $out"
  fi
elif [ -f "$build/bindings/python/egca/__init__.py" ]; then
  fail "the Python extension egca._egca is not installed"
fi
finish
