#!/usr/bin/env bash
# Compares every benchmark program of bench/ between an earlier release build (BASE_BUILD, e.g. a worktree of
# an older commit configured with `meson setup build-bench --buildtype=release -Dpython_binding=true`) and
# this tree's build-bench/, in one run, and prints one table: each figure's median over the rounds for
# either build and their ratio (this tree / base). On a shared machine the two builds take turns: each
# round runs every program once per build, the order of the two swapped from round to round, so that a
# change of load falls on both. Each build runs its own tree's bench programs (bench/ of the base's source
# tree for the base: the programs' own source may differ between the two commits; bench/README.md says
# where). Then callgrind counts instructions (exact whatever the load) of a few command-level paths with
# either build's `egca`, on the same input.
#
# Usage: scripts/bench-compare.sh BASE_BUILD [ROUNDS]   (ROUNDS default 3; about 5 minutes a round on a
# quiet 2-core machine, more under load). Not part of the test suite: it measures, it checks nothing.
#        scripts/bench-compare.sh --table OUT ROUNDS      prints the tables again from a run's raw outputs.
set -euo pipefail
cd "$(dirname "$0")/.."
py=/usr/bin/python3
if [ "${1:-}" = --table ] && [ $# -eq 3 ]; then
  out=$2 rounds=$3
else
if [ $# -lt 1 ] || [ ! -f "$1/build.ninja" ]; then
  echo "usage: $0 BASE_BUILD [ROUNDS] | $0 --table OUT ROUNDS" >&2
  exit 2
fi
base=$(cd "$1" && pwd)
rounds=${2:-3}
new=$PWD/build-bench
base_src=$("$py" -c 'import json, sys; print(json.load(open(sys.argv[1]))["directories"]["source"])' \
  "$base/meson-info/meson-info.json")
if [ ! -f build-bench/build.ninja ]; then
  bash scripts/setup.sh build-bench --buildtype=release -Dpython_binding=true -Dpython=$py
fi
ninja -C build-bench >&2
ninja -C "$base" >&2
out=$(mktemp -d /tmp/egca-bench-compare.XXXXXX)

echo "# $(lscpu | sed -n 's/^Model name: *//p'), $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "# base: $(git -C "$base_src" rev-parse --short HEAD) ($(git -C "$base_src" log -1 --format=%cs)), $base"
echo "# new:  $(git rev-parse --short HEAD) ($(git log -1 --format=%cs)), $new"
echo "# $rounds rounds, builds alternating; raw outputs in $out"

# run SIDE BUILD SRC PROGRAM ROUND: one program of one build, its output into $out/PROGRAM.SIDE.ROUND.
run() {
  local side=$1 build=$2 src=$3 prog=$4 r=$5 f="$out/$4.$1.$5"
  case $prog in
    cli_bench) "$build/bench/cli_bench" "$build/src/cli/egca" >"$f" ;;
    python_*)
      if [ -f "$src/bench/$prog.py" ] && [ -d "$build/bindings/python/egca" ]; then
        "$py" "$src/bench/$prog.py" "$build" >"$f"
      else
        return 0
      fi ;;
    *) "$build/bench/$prog" >"$f" ;;
  esac
  echo "round $r $prog $side done $(date -u +%H:%M:%S) load $(cut -d' ' -f1 /proc/loadavg)" >&2
}

progs="calendar_bench calendar_scale_bench period_bench case_bench cli_bench python_bench python_numpy_bench
  python_batch_bench"
"$py" -c 'import numpy' 2>/dev/null || progs=${progs/python_numpy_bench/}
for r in $(seq 1 "$rounds"); do
  for p in $progs; do
    if [ $((r % 2)) -eq 1 ]; then
      run base "$base" "$base_src" "$p" "$r"
      run new "$new" . "$p" "$r"
    else
      run new "$new" . "$p" "$r"
      run base "$base" "$base_src" "$p" "$r"
    fi
  done
done
echo "# load at the end $(cut -d' ' -f1-3 /proc/loadavg)"

# Instructions (callgrind, release builds): the same commands and the same input for both builds. The batch
# is 3,000 cases of the base tree's six examples/case-*.json in turn as compact NDJSON, --jobs 1, less the
# same command on empty input (its start-up). The examples are the base tree's because later trees add
# events an earlier command does not know; the material "technical_materials" is written under its later
# name "system_technical" (an earlier command takes any name, a later one only those of rules/materials.json).
"$py" -c '
import json, pathlib, sys
texts = [p.read_text(encoding="utf-8").replace("technical_materials", "system_technical")
         for p in sorted(pathlib.Path(sys.argv[1]).glob("case-*.json"))]
pathlib.Path(sys.argv[2], "case-granted.json").write_text(
    next(t for t in texts if "GD-2025-017" in t), encoding="utf-8")
with open(pathlib.Path(sys.argv[2], "cases.ndjson"), "w", encoding="utf-8") as f:
    for i in range(3000):
        f.write(json.dumps(json.loads(texts[i % len(texts)]), ensure_ascii=False, separators=(",", ":")) + "\n")
' "$base_src/examples" "$out"
# count SIDE BUILD NAME INPUT [--toggle-collect=FN] -- ARGS...: total instructions into $out/NAME.SIDE.ir.
count() {
  local side=$1 build=$2 name=$3 input=$4 opts=()
  shift 4
  while [ "$1" != -- ]; do opts+=("$1"); shift; done
  shift
  valgrind --tool=callgrind --callgrind-out-file="$out/cg.$name.$side" "${opts[@]}" \
    "$build/src/cli/egca" "$@" <"$input" >/dev/null 2>"$out/cg.$name.$side.log" || true
  sed -n 's/^totals: *//p;s/^summary: *//p' "$out/cg.$name.$side" | head -1 >"$out/$name.$side.ir"
}
for side in base new; do
  if [ $side = base ]; then build=$base; else build=$new; fi
  count $side "$build" version /dev/null -- --version
  count $side "$build" deadline /dev/null -- deadline decision 2026-03-02
  count $side "$build" rules /dev/null --toggle-collect=egca_rules_default -- deadline decision 2026-03-02
  count $side "$build" timeline_json /dev/null -- timeline "$out/case-granted.json" \
    --as-of 2026-03-20 --format json
  count $side "$build" batch "$out/cases.ndjson" -- timeline - --as-of 2026-03-20 --jobs 1
  count $side "$build" batch_empty /dev/null -- timeline - --as-of 2026-03-20 --jobs 1
done
fi

"$py" - "$out" "$rounds" <<'EOF'
import re, statistics, sys, pathlib
out, rounds = pathlib.Path(sys.argv[1]), int(sys.argv[2])
# Lines renamed between the two commits, base's name -> this tree's.
SAME = {'baseline: cJSON parse of the three rules files': 'baseline: cJSON parse of the four rules files'}
# Figures where more is better (a rate); everything else is a time, memory or ratio where less is better.
LINE = re.compile(r'^(\S.*?)\s+(-?[0-9][0-9.]*) (ns/op|ns/case|ns/call|ns/element|ms|MiB|cases/s)\b')
SCALE = ['days', 'ICS KiB', 'libical ms', 'load ms', 'load/libical', 'kept KiB', 'B/day', 'lookup ns', 'add ns',
         'add/lookup']
GROWTH = ['ns/case', 'baseline ns', 'ratio', 'peak MiB']

def figures(text, prog):
    got, table = {}, None
    for line in text.splitlines():
        if line.startswith('years ') and 'ICS KiB' in line:
            table = ('years', SCALE); continue
        if line.strip().startswith('cases ') and 'peak MiB' in line:
            table = ('growth', GROWTH); continue
        if table:
            cols = line.split()
            if len(cols) == len(table[1]) + 1 or (table[0] == 'growth' and len(cols) > len(table[1])):
                for name, v in zip(table[1], cols[1:]):
                    if name in ('days', 'ICS KiB'):
                        continue
                    got[f'{table[0]} {cols[0]}: {name}'] = (float(v), '')
                continue
            table = None
        m = LINE.match(line)
        if m:
            label = SAME.get(m.group(1), m.group(1))
            got[label] = (float(m.group(2)), m.group(3))
    return got

progs = []
for f in sorted(out.glob('*.*.[0-9]*')):
    p = f.name.split('.')[0]
    if p not in progs:
        progs.append(p)
order = ['calendar_bench', 'calendar_scale_bench', 'period_bench', 'case_bench', 'cli_bench', 'python_bench',
         'python_numpy_bench', 'python_batch_bench']
progs.sort(key=lambda p: order.index(p) if p in order else 99)

def baselines(text):
    """Each figure's in-program baseline: the labels of the "baseline: ..." lines above it, nearest first."""
    seen, above = {}, []
    for line in text.splitlines():
        m = LINE.match(line)
        if m:
            label = SAME.get(m.group(1), m.group(1))
            seen[label] = list(above)
            if label.startswith('baseline:'):
                above.insert(0, label)
    return seen

print()
print('| program | figure | base (median) | new (median) | new/base (median of the rounds) | the same, each against its run\'s baseline | within 10 %? |')
print('|---|---|---|---|---|---|---|')
for p in progs:
    runs, med = {}, {}
    for side in ('base', 'new'):
        runs[side] = [(figures(f.read_text(), p), baselines(f.read_text()))
                      for f in sorted(out.glob(f'{p}.{side}.[0-9]*'), key=lambda f: int(f.name.split('.')[-1]))]
        keys = list(dict.fromkeys(k for r, _ in runs[side] for k in r))
        med[side] = {k: (statistics.median(r[k][0] for r, _ in runs[side] if k in r),
                         next(r[k][1] for r, _ in runs[side] if k in r), sum(k in r for r, _ in runs[side]))
                     for k in keys}
    labels = list(dict.fromkeys([*med['base'], *med['new']]))
    for k in labels:
        b, n = med['base'].get(k), med['new'].get(k)
        unit = (b or n)[1]
        fmt = lambda x: '—' if x is None else f'{x[0]:g} {unit}'.strip() + ('' if x[2] == rounds else f' ({x[2]} runs)')
        # The ratio is the median of each round's own (the two builds ran next to each other in a round).
        pairs = [rn[k][0] / rb[k][0] for (rb, _), (rn, _) in zip(runs['base'], runs['new'])
                 if k in rb and k in rn and rb[k][0]]
        ratio = f'{statistics.median(pairs):.2f}' if pairs else ''
        norm = ''
        if b and n and not k.startswith('baseline:'):
            # The nearest baseline both builds print above this figure, in the same unit.
            above = next((r[1].get(k) for r in runs['new'] if k in r[1]), []) or []
            ref = next((a for a in above if a in med['base'] and a in med['new'] and med['new'][a][1] == unit), None)
            if ref:
                rel = {s: statistics.median(r[k][0] / r[ref][0] for r, _ in runs[s] if k in r and ref in r and r[ref][0])
                       for s in ('base', 'new')}
                norm = f'{rel["new"] / rel["base"]:.2f} (against "{ref[len("baseline: "):]}")'
        # Within 10 % of the base figure or better, by the raw ratio: a time or memory at most 1.10 times
        # the base's, a rate (cases/s) at least 1/1.10 of it.
        ok = ''
        if ratio and not k.startswith('baseline:'):
            r = statistics.median(pairs)
            ok = 'yes' if (r >= 1 / 1.10 if unit == 'cases/s' else r <= 1.10) else 'no'
        print(f'| {p} | {k} | {fmt(b)} | {fmt(n)} | {ratio} | {norm} | {ok} |')

def ir(name, side):
    f = out / f'{name}.{side}.ir'
    t = f.read_text().split() if f.exists() else []
    return int(t[0]) if t else None
print()
print('| instructions (callgrind) | base | new | new/base |')
print('|---|---|---|---|')
rows = [('egca --version', 'version'), ('egca deadline decision 2026-03-02', 'deadline'),
        ('of which egca_rules_default (loading the rules)', 'rules'),
        ('egca timeline case-granted.json --format json', 'timeline_json'),
        ('egca timeline - on empty input (start-up)', 'batch_empty')]
for what, name in rows:
    b, n = ir(name, 'base'), ir(name, 'new')
    print(f'| {what} | {b:,} | {n:,} | {n / b:.2f} |' if b and n else f'| {what} | {b} | {n} | |')
b = [ir('batch', s) for s in ('base', 'new')]
e = [ir('batch_empty', s) for s in ('base', 'new')]
if all(b) and all(e):
    pb, pn = (b[0] - e[0]) / 3000, (b[1] - e[1]) / 3000
    print(f'| egca timeline - --jobs 1, per case (3,000 cases less start-up) | {pb:,.0f} | {pn:,.0f} | {pn / pb:.2f} |')
EOF
