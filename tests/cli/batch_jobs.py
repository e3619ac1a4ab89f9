"""A batch gives the same lines, in the same order, with the same exit code, whatever the number of jobs;
and each line is what the one-case command gives for that case.

Usage: batch_jobs.py EGCA SOURCE_DIR

The input mixes every example case, the cases naming an acceptance office (tests/data/cases/office-*.json: 新疆's,
counted on its own calendar, beside 北京's, national) and every invalid case of tests/data/cases/invalid (one per line, seven in ten
good, in a seeded shuffle, 4,000 lines with blank lines among them), so that chunks of the batch end on good cases, bad
cases and blank lines alike. The reference for each case is `egca timeline FILE --format json` on its own
file: its JSON for a good case; for a bad one, the batch's line must be an error line naming the input line.
"""

import json
import pathlib
import random
import subprocess
import sys
import tempfile

AS_OF = "2026-03-20"
LINES = 4000


def main() -> int:
    egca, source = sys.argv[1], pathlib.Path(sys.argv[2])
    good = sorted((source / "examples").glob("case-*.json")) + sorted((source / "tests/data/cases").glob("office-*.json"))
    bad = sorted((source / "tests/data/cases/invalid").glob("*.json"))
    files = good + bad
    reference = {}
    for f in files:
        run = subprocess.run([egca, "timeline", str(f), "--format", "json", "--as-of", AS_OF], capture_output=True, text=True)
        reference[f] = json.loads(run.stdout) if run.returncode in (0, 1) else None
    # Each file on one line as it is (a newline is only white space between JSON tokens).
    texts = {f: f.read_text(encoding="utf-8").replace("\r", " ").replace("\n", " ") for f in files}
    rng = random.Random(20261124)
    lines, expected = [], []
    for n in range(1, LINES + 1):
        if rng.random() < 0.05:
            lines.append("")
            continue
        f = rng.choice(good) if rng.random() < 0.7 else rng.choice(bad)
        lines.append(texts[f])
        expected.append((n, f))
    failures = 0
    results = {}
    with tempfile.TemporaryFile() as stdin:
        stdin.write(("\n".join(lines) + "\n").encode())
        for jobs in (1, 2, 3, 8):
            stdin.seek(0)
            run = subprocess.run([egca, "timeline", "-", "--as-of", AS_OF, "--jobs", str(jobs)], stdin=stdin,
                                 capture_output=True)
            results[jobs] = (run.returncode, run.stdout)
    code, out = results[1]
    for jobs, (c, o) in results.items():
        if (c, o) != (code, out):
            print(f"FAIL --jobs {jobs}: exit {c} and {len(o)} bytes, --jobs 1: exit {code} and {len(out)} bytes")
            failures += 1
    got = out.decode().splitlines()
    if len(got) != len(expected):
        print(f"FAIL {len(got)} lines for {len(expected)} cases")
        return 1
    for text, (n, f) in zip(got, expected):
        line = json.loads(text)
        want = reference[f]
        if want is None:
            ok = set(line) == {"line", "error"} and line["line"] == n
        else:
            ok = line == want
        if not ok:
            print(f"FAIL input line {n} ({f.name}): {text[:200]}")
            failures += 1
            if failures > 10:
                break
    invalid = sum(1 for _, f in expected if reference[f] is None)
    if code != (3 if invalid else 1):
        print(f"FAIL exit {code}")
        failures += 1
    print(f"{'ok' if failures == 0 else 'FAIL'} {len(expected)} cases ({invalid} invalid) give the same lines with 1, 2, 3 and 8 jobs")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
