#!/usr/bin/env bash
# The Python package as a user installs it, offline, from a copy of the source tree (meson-python writes
# into the tree it builds): pip install --no-build-isolation into a fresh virtual environment, the
# distribution's metadata, an answer, a wheel that needs no libegca, and pip uninstall. Then a meson
# install into a temporary prefix, as a user without root runs it: nothing may land outside the prefix.
# Usage: python_package_test.sh SOURCE_DIR BUILD_DIR PYTHON    Ends with "N passed, N failed".
set -u
src=$1
build=$2
python=${3:-python3}
passed=0
failed=0
ok() { echo "ok   $1"; passed=$((passed + 1)); }
fail() { echo "FAIL $1"; failed=$((failed + 1)); }
finish() { echo "$passed passed, $failed failed"; rm -rf "$tmp"; [ "$failed" -eq 0 ]; exit $?; }

tmp=$(mktemp -d)
if ! "$python" -c 'import mesonpy' 2>/dev/null; then
  echo "SKIP: meson-python is not installed for $python (Debian: python3-mesonpy)"; rm -rf "$tmp"; exit 77
fi
mkdir "$tmp/src"
tar -C "$src" --exclude='./build*' --exclude=./.git --exclude='./.mesonpy*' -cf - . | tar -C "$tmp/src" -xf -
# Offline: no index, no cache, no user configuration.
export PIP_NO_INDEX=1 PIP_NO_CACHE_DIR=1 PIP_CONFIG_FILE=/dev/null PIP_DISABLE_PIP_VERSION_CHECK=1 HOME=$tmp

"$python" -m venv --system-site-packages "$tmp/venv" || { fail "python3 -m venv"; finish; }
vpy=$tmp/venv/bin/python
if "$vpy" -m pip install --no-build-isolation "$tmp/src" >"$tmp/pip.log" 2>&1; then
  ok "pip install --no-build-isolation . (offline)"
else
  fail "pip install --no-build-isolation ."; tail -30 "$tmp/pip.log"; finish
fi
out=$(cd "$tmp" && "$vpy" -c '
import datetime, importlib.metadata, egca
print(importlib.metadata.version("egca"))
print(egca.__version__)
print(egca.Calendar.default().add_workdays(datetime.date(2025, 9, 30), 5))
print(egca.__file__)' 2>&1)
version=$(sed -n "s/^ *version *: *'\(.*\)',\?$/\1/p" "$src/meson.build" | head -n 1)
if [ "$(echo "$out" | sed -n 1p)" = "$version" ] && [ "$(echo "$out" | sed -n 2p)" = "$version" ]; then
  ok "importlib.metadata.version('egca') is the project's version $version"
else
  fail "importlib.metadata.version('egca') against $version: $out"
fi
if [ "$(echo "$out" | sed -n 3p)" = "2025-10-14" ] && echo "$out" | sed -n 4p | grep -q "^$tmp/venv/"; then
  ok "the installed package answers: 5 working days after 2025-09-30 is 2025-10-14"
else
  fail "the installed package: $out"
fi
if "$vpy" -m pip list 2>/dev/null | grep -q '^egca '; then ok "pip list shows egca"; else fail "pip list does not show egca"; fi
if "$vpy" -m pip uninstall -y egca >"$tmp/uninstall.log" 2>&1 && ! (cd "$tmp" && "$vpy" -c 'import egca' 2>/dev/null) \
    && [ -z "$(find "$tmp/venv" -name '*egca*')" ]; then
  ok "pip uninstall egca removes every file"
else
  fail "pip uninstall egca"; cat "$tmp/uninstall.log"; find "$tmp/venv" -name '*egca*'
fi

# The wheel: the extension and the package files, no shared libegca to find at run time.
if "$vpy" -m pip wheel --no-build-isolation --no-deps -w "$tmp/wheels" "$tmp/src" >"$tmp/wheel.log" 2>&1; then
  ok "pip wheel --no-build-isolation --no-deps ."
  whl=$(ls "$tmp"/wheels/egca-*.whl)
  names=$("$vpy" -c 'import sys, zipfile; print("\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))' "$whl")
  others=$(echo "$names" | grep -v -e '^egca/__init__.pyi\?$' -e '^egca/_sources.py$' -e '^egca/py.typed$' -e '^egca/_egca\..*\.so$' -e '^egca-[^/]*\.dist-info/')
  if [ -z "$others" ] && echo "$names" | grep -q '^egca/_egca\.'; then
    ok "the wheel holds the package and its extension only"
  else
    fail "the wheel's files: $names"
  fi
  mkdir "$tmp/unzipped"
  "$vpy" -c 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])' "$whl" "$tmp/unzipped"
  so=$(ls "$tmp"/unzipped/egca/_egca.*.so)
  if ! ldd "$so" | grep -q libegca; then ok "the extension links libegca statically"; else fail "the extension needs libegca.so"; ldd "$so"; fi
  # The holiday data and rules are embedded: the wheel answers with no data file anywhere on its path.
  out=$(cd "$tmp" && PYTHONPATH=$tmp/unzipped "$vpy" -c '
import datetime, egca
print(egca.Calendar.default().coverage[2025], egca.Rules.default().deadline_ids[0])' 2>&1)
  if [ "$out" = "confirmed acceptance" ]; then ok "the wheel carries the holiday data and the rules"; else fail "the wheel's data: $out"; fi
else
  fail "pip wheel --no-build-isolation --no-deps ."; tail -30 "$tmp/wheel.log"
fi

# meson install --prefix: every file inside the prefix, the Python package in its site-packages.
prefix=$tmp/prefix
mkdir "$tmp/marker" && touch "$tmp/marker/before"
sleep 1
if meson setup "$tmp/pbuild" "$tmp/src" --prefix "$prefix" -Dtests=false -Dpython="$python" >"$tmp/setup.log" 2>&1 \
    && meson install -C "$tmp/pbuild" --quiet >"$tmp/minstall.log" 2>&1; then
  ok "meson install --prefix P as $(id -un)"
  outside=$("$python" -c '
import json, os, sys
build, prefix = sys.argv[1:]
with open(os.path.join(build, "meson-info", "intro-installed.json")) as f:
    for dest in json.load(f).values():
        if os.path.commonpath([os.path.realpath(dest), os.path.realpath(prefix)]) != os.path.realpath(prefix):
            print(dest)' "$tmp/pbuild" "$prefix")
  if [ -z "$outside" ]; then ok "meson install writes nothing outside its prefix"; else fail "installed outside the prefix: $outside"; fi
  ext=$(find "$prefix" -name '_egca*.so' | head -n 1)
  site=$(dirname "$(dirname "$ext")")
  if [ -n "$ext" ] && out=$(cd "$tmp" && PYTHONPATH=$site "$python" -c 'import egca, datetime; print(egca.Calendar.default().add_workdays(datetime.date(2025, 9, 30), 5))' 2>&1) \
      && [ "$out" = "2025-10-14" ]; then
    ok "the package lands in ${site#"$prefix"/} under the prefix and imports from there"
  else
    fail "the package under the prefix: ${ext:-not installed}: ${out:-}"
  fi
else
  fail "meson install --prefix P"; tail -20 "$tmp/setup.log" "$tmp/minstall.log"
fi
finish
