#!/usr/bin/env bash
# The main job on the built-in data: builds egca, then shows the example case's timeline (every
# statutory time limit with its status and legal basis) and the example application's assessment
# (the seven qualification conditions and the one-time list of missing materials).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh build
egca=build/src/cli/egca

# Exit code 1 means "done, and the answer is negative" (something late, a material missing): show it.
run() {
  echo "\$ egca $*"
  local code=0
  "$egca" "$@" || code=$?
  [ "$code" -le 1 ] || exit "$code"
  echo "(exit $code)"
  echo
}

run timeline examples/case-granted.json --as-of 2026-03-20
run assess examples/application.json
run deadline decision 2026-03-02 --pause 2026-03-10:2026-04-20
run calendar month 2026-02
run --office 650000 deadline acceptance 2025-06-04

# The same answers over HTTP: the service on a free loopback port, one case's timeline, then SIGTERM.
echo "\$ egca serve --listen 127.0.0.1:0"
log=$(mktemp)
. scripts/service.sh
start_service "$egca" "$log"
[ -n "$port" ] || { cat "$log" >&2; kill "$server"; exit 3; }
url="http://127.0.0.1:$port/v1/timeline?as_of=2026-03-20"
echo "\$ POST $url < examples/case-late-decision.json"
if command -v curl >/dev/null; then
  curl -s -H 'Content-Type: application/json' --data-binary @examples/case-late-decision.json "$url" | head -20
else
  python3 -c 'import sys, urllib.request
req = urllib.request.Request(sys.argv[1], data=open(sys.argv[2], "rb").read(), headers={"Content-Type": "application/json"})
sys.stdout.write("".join(urllib.request.urlopen(req).read().decode().splitlines(True)[:20]))' "$url" examples/case-late-decision.json
fi
echo "..."
kill -TERM "$server"
wait "$server"
cat "$log"
rm -f "$log"
