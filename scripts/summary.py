#!/usr/bin/env python3
"""Counts every test that a meson test run executed, from meson's testlog.json.

Each meson test is a program that runs many tests: Check suites print "Checks: N, Failures: F,
Errors: E", the CLI runner and pytest print "N passed" / "N failed". Those inner counts are summed;
a meson test whose output has no count (it crashed, or timed out) counts as one test, passed or failed
as meson saw it."""
import json
import re
import sys

passed = failed = skipped = 0
with open(sys.argv[1], encoding="utf-8") as f:
    for line in f:
        if not line.strip():
            continue
        t = json.loads(line)
        out = (t.get("stdout") or "") + "\n" + (t.get("stderr") or "")
        ok = t.get("result") in ("OK", "EXPECTEDFAIL")
        check = re.findall(r"Checks: (\d+), Failures: (\d+), Errors: (\d+)", out)
        # pytest's last line ("3 passed, 1 skipped in 0.1s") or run.py's ("3 passed, 0 failed").
        counts = re.findall(r"^[= ]*(\d+ (?:passed|failed|skipped|errors?)(?:, \d+ (?:passed|failed|skipped|errors?|deselected|warnings?))*)",
                            out, re.M)
        if check:
            n, f_, e = map(int, check[-1])
            passed += n - f_ - e
            failed += f_ + e
        elif counts:
            c = dict((k.rstrip("s") if k.startswith("error") else k, int(v))
                     for v, k in re.findall(r"(\d+) (passed|failed|skipped|errors?|deselected|warnings?)", counts[-1]))
            passed += c.get("passed", 0)
            failed += c.get("failed", 0) + c.get("error", 0)
            skipped += c.get("skipped", 0)
            if not ok and c.get("failed", 0) + c.get("error", 0) == 0:
                failed += 1  # the program failed although its count shows no failure
        elif ok:
            passed += 1
        elif t.get("result") == "SKIP":
            skipped += 1
        else:
            failed += 1
print(f"{passed} passed, {failed} failed" + (f", {skipped} skipped" if skipped else ""))
