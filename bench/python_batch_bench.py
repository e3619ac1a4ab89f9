#!/usr/bin/env python3
"""Benchmark: many timelines from Python, beside the command on the same input in the same run.

Usage: python_batch_bench.py [BUILD_DIR] [CASES]   (default build-bench, 100,000 cases)

The input is NDJSON bytes in memory: the seven example cases (examples/case-*.json) in turn, each with its
own case_id, one per line (about 2 KB a case). Figures, each the median of 5 runs, jobs 2:
  - `egca timeline - --jobs 2` reading the same bytes from a file, stdout to /dev/null (start to exit);
  - egca.timelines(io.BytesIO(data), jobs=2), counting the Timeline objects yielded (decoded on first use);
  - the same, reading one attribute of every result (each decoded: json.loads and the Record objects);
  - the baseline: egca.timeline(dict) called once per case, over 6,000 cases.
"""
import datetime
import io
import json
import os
import pathlib
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
BUILD = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / 'build-bench')
CASES = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
RUNS = 5
sys.path.insert(0, str(BUILD / 'bindings' / 'python'))
import egca  # noqa: E402

AS_OF = datetime.date(2026, 6, 30)


def cases(n):
    examples = [json.loads(p.read_text(encoding='utf-8')) for p in sorted((ROOT / 'examples').glob('case-*.json'))]
    for i in range(n):
        case = dict(examples[i % len(examples)])
        case['case_id'] = f'BENCH-{i}'
        yield case


def median_rate(fn, n):
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        got = fn()
        times.append(time.perf_counter() - start)
        assert got == n, (got, n)
    return n / statistics.median(times)


def main():
    data = b''.join(json.dumps(c, ensure_ascii=False, separators=(',', ':')).encode() + b'\n' for c in cases(CASES))
    print(f'# egca {egca.__version__}, Python {sys.version.split()[0]}, {CASES} cases '
          f'({len(data) / CASES:.0f} bytes a case), median of {RUNS} runs, jobs 2')
    egca_bin = BUILD / 'src' / 'cli' / 'egca'
    with tempfile.NamedTemporaryFile(suffix='.ndjson') as f:
        f.write(data)
        f.flush()

        def command():
            with open(f.name, 'rb') as stdin:
                subprocess.run([str(egca_bin), 'timeline', '-', '--as-of', AS_OF.isoformat(), '--jobs', '2'],
                               stdin=stdin, stdout=subprocess.DEVNULL, check=False)
            return CASES
        rate = median_rate(command, CASES)
        print(f'{"egca timeline - --jobs 2 (baseline: the command)":62} {rate:10.0f} cases/s')

    def count():
        return sum(1 for _ in egca.timelines(io.BytesIO(data), as_of=AS_OF, jobs=2))
    rate = median_rate(count, CASES)
    print(f'{"egca.timelines(NDJSON bytes), Timeline objects":62} {rate:10.0f} cases/s')

    def decode():
        return sum(1 for t in egca.timelines(io.BytesIO(data), as_of=AS_OF, jobs=2) if t.case_id)
    rate = median_rate(decode, CASES)
    print(f'{"the same, every result decoded (t.case_id)":62} {rate:10.0f} cases/s')

    few = list(cases(6000))

    def single():
        return sum(1 for c in few if egca.timeline(c, AS_OF))
    rate = median_rate(single, len(few))
    print(f'{"egca.timeline(dict) per call (baseline), 6000 cases":62} {rate:10.0f} cases/s')


if __name__ == '__main__':
    main()
