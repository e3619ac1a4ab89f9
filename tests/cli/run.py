#!/usr/bin/env python3
"""Runs the egca command-line tests written in tests/cli/*.t.

A .t file holds cases; each case is:

    ### what the case checks
    $ egca add-workdays 2025-09-30 5
    > 2025-10-14
    ? 0

`$` is the command (split as a shell would, no shell run; `< FILE` at the end feeds stdin, `> FILE` at
the end sends stdout there, /dev/full to check a failed write; then no `> ` line can match; leading
NAME=VALUE words set the command's environment, as `EGCA_LANG=en egca ...` in a shell; EGCA_LANG is
otherwise unset, so a case sees the default language whatever the caller's environment says). Words are
expanded: `egca` (first word) is the built command; @SRC@ the source tree; @TESTDATA@ tests/data;
@SHARED@ the shared reference folder (a case that uses it is skipped, visibly, when it is absent);
@TMP@ a fresh temporary folder for the case. `> ` lines are the exact stdout lines (`>` alone: an empty
line); a line `...` after them means the rest of stdout is not checked. `! ` lines are the exact stderr
lines; with none, stderr must be empty. `? N` is the exit code (default 0).
Usage: run.py EGCA_BINARY SOURCE_DIR FILE.t...
"""
import os
import shlex
import subprocess
import sys
import tempfile


def parse_cases(path):
    cases, case = [], None
    with open(path, encoding="utf-8") as f:
        for lineno, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            if line.startswith("###"):
                case = {"title": line[3:].strip(), "line": lineno, "cmd": None,
                        "out": [], "err": [], "rest": False, "code": 0}
                cases.append(case)
            elif case is None or not line.strip() or line.startswith("#"):
                continue
            elif line.startswith("$ "):
                case["cmd"] = line[2:]
            elif line == ">" or line.startswith("> "):
                case["out"].append(line[2:])
            elif line == "...":
                case["rest"] = True
            elif line.startswith("! "):
                case["err"].append(line[2:])
            elif line.startswith("? "):
                case["code"] = int(line[2:])
            else:
                raise SystemExit(f"{path}:{lineno}: cannot read line: {line!r}")
    return cases


def run_case(case, egca, src, shared, tmp):
    words = shlex.split(case["cmd"])
    stdin_path = stdout_path = None
    while len(words) >= 2 and words[-2] in ("<", ">"):
        if words[-2] == "<":
            stdin_path = words[-1]
        else:
            stdout_path = words[-1]
        words = words[:-2]
    subst = {"@SRC@": src, "@TESTDATA@": os.path.join(src, "tests", "data"),
             "@SHARED@": shared, "@TMP@": tmp}
    def expand(w):
        for k, v in subst.items():
            w = w.replace(k, v)
        return w
    words = [expand(w) for w in words]
    env = {k: v for k, v in os.environ.items() if k != "EGCA_LANG"}
    while words and "=" in words[0] and words[0].split("=", 1)[0].isidentifier():
        name, value = words.pop(0).split("=", 1)
        env[name] = value
    case = dict(case, out=[expand(l) for l in case["out"]], err=[expand(l) for l in case["err"]])
    if words and words[0] == "egca":
        words[0] = egca
    stdin = open(expand(stdin_path), "rb") if stdin_path else subprocess.DEVNULL
    stdout = open(expand(stdout_path), "wb") if stdout_path else subprocess.PIPE
    try:
        p = subprocess.run(words, stdin=stdin, stdout=stdout, stderr=subprocess.PIPE, timeout=120, env=env)
    finally:
        if stdin_path:
            stdin.close()
        if stdout_path:
            stdout.close()
    out = (p.stdout or b"").decode("utf-8", "replace").split("\n")
    if out and out[-1] == "":
        out.pop()
    err = p.stderr.decode("utf-8", "replace").split("\n")
    if err and err[-1] == "":
        err.pop()
    problems = []
    if p.returncode != case["code"]:
        problems.append(f"exit code {p.returncode}, expected {case['code']}")
    got_out = out[:len(case["out"])] if case["rest"] else out
    if got_out != case["out"]:
        problems.append("stdout differs:\n  expected:\n" + "".join(f"    {l}\n" for l in case["out"])
                        + "  got:\n" + "".join(f"    {l}\n" for l in out[:60]))
    if err != case["err"]:
        problems.append("stderr differs:\n  expected:\n" + "".join(f"    {l}\n" for l in case["err"])
                        + "  got:\n" + "".join(f"    {l}\n" for l in err[:20]))
    return problems


def main():
    egca, src, files = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2]), sys.argv[3:]
    shared = os.path.abspath(os.environ.get("EGCA_SHARED_REFERENCE",
                                            os.path.join(src, "..", "shared", "reference")))
    passed = failed = skipped = 0
    for path in files:
        for case in parse_cases(path):
            where = f"{os.path.basename(path)}:{case['line']}: {case['title']}"
            if case["cmd"] is None:
                print(f"FAIL {where}: no command")
                failed += 1
                continue
            if "@SHARED@" in case["cmd"] and not os.path.isdir(shared):
                print(f"SKIP {where}: the shared reference folder is absent ({shared})")
                skipped += 1
                continue
            with tempfile.TemporaryDirectory() as tmp:
                problems = run_case(case, egca, src, shared, tmp)
            if problems:
                failed += 1
                print(f"FAIL {where}\n  $ {case['cmd']}")
                for p in problems:
                    print("  " + p)
            else:
                passed += 1
                print(f"ok   {where}")
    print(f"{passed} passed, {failed} failed" + (f", {skipped} skipped" if skipped else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
