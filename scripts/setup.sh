#!/usr/bin/env bash
# Installs what egca needs (Debian packages, only those missing), then configures and builds it in
# build/. Usage: scripts/setup.sh [BUILD_DIR] [meson options...]
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(meson ninja-build pkg-config gcc binutils libc6-dev libical-dev libcjson-dev libmicrohttpd-dev libyajl-dev check python3 python3-dev python3-pytest python3-mypy
  python3-icalendar python3-dateutil python3-hypothesis
  python3-numpy python3-mesonpy python3-venv python3-pip python3-yaml wrk apache2-utils
  chromium chromium-driver python3-selenium fonts-wqy-microhei)
# chromium, chromium-driver, python3-selenium: the browser tests of the HTML pages (tests/browser/); the
# font: Chinese text in their screenshots.
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}" >&2
  if [ "$(id -u)" -ne 0 ]; then
    echo "scripts/setup.sh: these Debian packages are missing and installing them needs root: ${missing[*]}" >&2
    exit 2
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi

build=${1:-build}
shift || true
# The binding and its tests use Debian's interpreter, the one with python3-dev and python3-pytest.
if [ ! -f "$build/build.ninja" ]; then
  meson setup "$build" -Dwerror=true -Dpython=/usr/bin/python3 "$@" >&2
fi
ninja -C "$build" >&2
