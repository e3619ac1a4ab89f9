#!/usr/bin/env python3
"""Runs the egca command on every bad input in tests/data/bad/ and checks its exact refusal.

One folder per case:
  cmd       the arguments after `egca`, on one line (an empty file: none), split as a shell would (no shell is run). Words
            are expanded: @CASE@ the case's folder, @TMP@ a fresh temporary folder, @SRC@ the source
            tree. Bytes that are not UTF-8 pass through to the argument unchanged.
  expected  the exit code on the first line, then the exact lines egca writes to stderr (expanded as
            in cmd).
  stdout    (optional) the exact standard output (a batch reports its bad cases in its output);
            without it nothing may be written to stdout: an answer is complete or absent.
  generate  (optional) files to write into @TMP@ before the run, one per line:
            NAME COUNT PREFIX|REPEAT|SUFFIX (backslash escapes such as \\r \\n \\x00 allowed): PREFIX,
            then COUNT times REPEAT ({n} in it becomes the repetition's number, 0 first), then SUFFIX;
            lines naming the same file append to it. Large inputs are made this way at test time
            instead of being committed.
  stdin     (optional) fed to egca's standard input.
  egca runs with EGCA_LANG=en: the expected messages are the English ones.
  timeout   (optional) the seconds egca may take (default 120; 30 times as many under --wrap): a case
            that must be answered fast, so that a return of a quadratic cost fails it.
  other files are the inputs the command names.
Usage: run.py [--wrap COMMAND] [--jobs N] EGCA_BINARY SOURCE_DIR [CASE_DIR...]
  (default: every folder beside this script). --wrap runs egca under COMMAND (split as a shell would;
  the environment variable EGCA_TEST_WRAP gives it too), e.g. "valgrind -q --error-exitcode=99
  --leak-check=full": any error it finds changes the exit code or stderr, and so fails the case.
  --jobs runs N cases at a time (or EGCA_TEST_JOBS).
Prints one line per case and ends with "N passed, N failed".
"""
import concurrent.futures
import os
import shlex
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
# The expected refusals are the English ones: egca speaks English under EGCA_LANG=en (Chinese by default).
ENV = dict(os.environ, EGCA_LANG="en")


def unescape(text):
    return text.encode("latin-1", "surrogateescape").decode("unicode_escape").encode("latin-1")


def generate(spec_path, tmp):
    with open(spec_path, encoding="utf-8", errors="surrogateescape") as f:
        for raw in f:
            line = raw.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            name, count, pattern = line.split(" ", 2)
            parts = pattern.split("|")
            prefix = unescape(parts[0])
            repeat = unescape(parts[1]) if len(parts) > 1 else b""
            suffix = unescape(parts[2]) if len(parts) > 2 else b""
            count = int(count)
            with open(os.path.join(tmp, name), "ab") as out:
                out.write(prefix)
                if b"{n}" in repeat:
                    for i in range(count):
                        out.write(repeat.replace(b"{n}", str(i).encode()))
                    count = 0
                per_chunk = max(1, (1 << 20) // max(1, len(repeat)))
                while count > 0:
                    n = min(count, per_chunk)
                    out.write(repeat * n)
                    count -= n
                out.write(suffix)


def run_case(egca, src, case_dir, wrap=()):
    def read(name):
        with open(os.path.join(case_dir, name), "rb") as f:
            return f.read().decode("utf-8", "surrogateescape")

    timeout_path = os.path.join(case_dir, "timeout")
    if os.path.exists(timeout_path):
        timeout = float(read("timeout").strip()) * (30 if wrap else 1)
    else:
        timeout = 120 if not wrap else 900
    with tempfile.TemporaryDirectory() as tmp:
        subst = {"@CASE@": case_dir, "@TMP@": tmp, "@SRC@": src}

        def expand(text):
            for k, v in subst.items():
                text = text.replace(k, v)
            return text

        lines = [l for l in read("cmd").split("\n") if l.strip() and not l.startswith("#")]
        if len(lines) > 1:
            return ["cmd must hold one line of arguments (or none)"]
        args = [os.fsencode(expand(w)) for w in shlex.split(lines[0])] if lines else []
        expected = read("expected").split("\n")
        if expected and expected[-1] == "":
            expected.pop()
        code, want_err = int(expected[0]), [expand(l) for l in expected[1:]]
        if os.path.exists(os.path.join(case_dir, "generate")):
            generate(os.path.join(case_dir, "generate"), tmp)
        want_out = expand(read("stdout")) if os.path.exists(os.path.join(case_dir, "stdout")) else ""
        stdin_path = os.path.join(case_dir, "stdin")
        stdin = open(stdin_path, "rb") if os.path.exists(stdin_path) else subprocess.DEVNULL
        try:
            p = subprocess.run(list(wrap) + [egca] + args, stdin=stdin, capture_output=True, timeout=timeout,
                               env=ENV)
        except subprocess.TimeoutExpired:
            return [f"no answer within {timeout} s"]
        finally:
            if stdin is not subprocess.DEVNULL:
                stdin.close()
    problems = []
    if p.returncode != code:
        problems.append(f"exit code {p.returncode}, expected {code}")
    out = p.stdout.decode("utf-8", "surrogateescape")
    if out != want_out:
        problems.append(("stdout differs: " if want_out else "stdout is not empty: ") + repr(out[:400]))
    err = p.stderr.decode("utf-8", "surrogateescape").split("\n")
    if err and err[-1] == "":
        err.pop()
    if err != want_err:
        problems.append("stderr differs:\n  expected:\n" + "".join(f"    {l!r}\n" for l in want_err)
                        + "  got:\n" + "".join(f"    {l!r}\n" for l in err[:20]))
    return problems


def main():
    argv = sys.argv[1:]
    wrap = shlex.split(os.environ.get("EGCA_TEST_WRAP", ""))
    jobs = int(os.environ.get("EGCA_TEST_JOBS", "1"))
    while len(argv) > 1 and argv[0] in ("--wrap", "--jobs"):
        if argv[0] == "--wrap":
            wrap = shlex.split(argv[1])
        else:
            jobs = max(1, int(argv[1]))
        argv = argv[2:]
    if len(argv) < 2:
        raise SystemExit(__doc__)
    egca, src = os.path.abspath(argv[0]), os.path.abspath(argv[1])
    cases = [os.path.abspath(c) for c in argv[2:]] or sorted(
        os.path.join(HERE, d) for d in os.listdir(HERE) if os.path.isdir(os.path.join(HERE, d)))
    passed = failed = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        results = pool.map(lambda c: (c, run_case(egca, src, c, wrap)), cases)
        outcomes = list(results)
    for case_dir, problems in outcomes:
        name = os.path.basename(case_dir)
        if problems:
            failed += 1
            print(f"FAIL {name}")
            for pr in problems:
                print("  " + pr)
        else:
            passed += 1
            print(f"ok   {name}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
