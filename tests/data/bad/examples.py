#!/usr/bin/env python3
"""Runs the egca command on every example of examples/ (applicant profiles with `assess`, case files with
`timeline`) and checks that each is answered: exit code 0 or 1 (a negative answer is still an answer),
output on stdout, nothing on stderr. With EGCA_TEST_WRAP (e.g. valgrind) set, egca runs under it, so a
memory error or a leak shows as a wrong exit code or as stderr output.
Usage: examples.py EGCA_BINARY SOURCE_DIR     Ends with "N passed, N failed"."""
import json
import os
import shlex
import subprocess
import sys


def commands(src):
    folder = os.path.join(src, "examples")
    names = sorted(n for n in os.listdir(folder) if n.endswith(".json")) if os.path.isdir(folder) else []
    for name in names:
        path = os.path.join(folder, name)
        try:
            with open(path, encoding="utf-8") as f:
                doc = json.load(f)
        except (OSError, ValueError):
            doc = None
        if isinstance(doc, dict) and "events" in doc:
            for fmt in ("text", "json", "ics", "html"):
                yield name, ["timeline", path, "--as-of", "2026-06-30", "--format", fmt]
        elif isinstance(doc, list):
            yield name, ["timeline", path, "--as-of", "2026-06-30"]
        elif isinstance(doc, dict):
            for fmt in ("text", "json"):
                yield name, ["assess", path, "--format", fmt]


def main():
    egca, src = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    wrap = shlex.split(os.environ.get("EGCA_TEST_WRAP", ""))
    passed = failed = 0
    for name, args in commands(src):
        what = f"{name}: egca {' '.join(args[:1] + args[2:])}"
        p = subprocess.run(wrap + [egca] + args, capture_output=True, timeout=900)
        problems = []
        if p.returncode not in (0, 1):
            problems.append(f"exit code {p.returncode}")
        if not p.stdout:
            problems.append("no output")
        if p.stderr:
            problems.append("stderr: " + p.stderr.decode("utf-8", "replace")[:2000])
        if problems:
            failed += 1
            print(f"FAIL {what}\n  " + "\n  ".join(problems))
        else:
            passed += 1
            print(f"ok   {what}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
