"""A batch holds its cases to the limit of a case file, and its memory does not grow with --jobs.

1. A case longer than the limit of a case file (64 MiB, EGCA_CASE_TEXT_MAX; docs/api.md), on a line of
   NDJSON or as an element of an array of cases, gives an error line in its place naming its line (and,
   in an array, its index) and the limit; the cases after it still come out, each as the one-case command
   gives it. A case of exactly the limit is read.
2. Peak memory (the child's maximum resident set, from wait4) of a batch of 30 cases of 4 MiB each at
   --jobs 16 and --jobs 64 exceeds that at --jobs 1 by less than 32 MB: the ring holds at most 8 MiB of
   case text (or one case), so at most three of these cases, each with the copy a worker reads, are in
   memory at once, whatever the number of jobs. (Each slot of the ring used to keep its largest buffer:
   83 MB at --jobs 16 against 18 MB at --jobs 1 for 40 cases of 2 MB.)

Usage: batch_limits.py EGCA SOURCE_DIR
"""

import json
import os
import pathlib
import subprocess
import sys
import tempfile

AS_OF = "2026-03-20"
LIMIT = 64 << 20
CASES, CASE_BYTES = 30, 4 << 20
MEMORY_BOUND = 32 << 20


def write_padded(f, case_text: str, size: int) -> None:
    """Writes the case's JSON on one line, white space added before its closing brace to make `size`
    bytes (in pieces: no copy of it is held here)."""
    flat = case_text.replace("\n", " ").rstrip()
    assert flat.endswith("}")
    body = flat[:-1].encode()
    f.write(body)
    left = size - len(body) - 1
    piece = b" " * (1 << 20)
    while left > 0:
        f.write(piece[:left])
        left -= min(left, len(piece))
    f.write(b"}")


def main() -> int:
    egca, source = sys.argv[1], pathlib.Path(sys.argv[2])
    failures = []

    def check(what, ok, detail=""):
        print(("ok   " if ok else "FAIL ") + what + ("" if ok else f": {detail}"))
        if not ok:
            failures.append(what)

    granted = (source / "examples/case-granted.json").read_text(encoding="utf-8")
    renewal = (source / "examples/case-renewal.json").read_text(encoding="utf-8")
    expected = []
    for f in ("case-granted.json", "case-renewal.json"):
        p = subprocess.run([egca, "timeline", str(source / "examples" / f), "--as-of", AS_OF, "--format", "json"],
                           capture_output=True)
        expected.append(json.loads(p.stdout))
    line_granted = granted.replace("\n", " ").encode()
    line_renewal = renewal.replace("\n", " ").encode()

    with tempfile.TemporaryDirectory() as tmp:
        tmp = pathlib.Path(tmp)

        # 2. Peak memory against --jobs (first, while this process is small: a child's peak counts the
        # memory it had before exec).
        cases = tmp / "large.ndjson"
        with open(cases, "wb") as f:
            for _ in range(CASES):
                write_padded(f, granted, CASE_BYTES)
                f.write(b"\n")
        peak = {}
        for jobs in ("1", "16", "64"):
            with open(cases, "rb") as stdin:
                child = subprocess.Popen([egca, "timeline", "-", "--as-of", AS_OF, "--jobs", jobs], stdin=stdin,
                                         stdout=subprocess.DEVNULL)
                _, status, usage = os.wait4(child.pid, 0)
            peak[jobs] = usage.ru_maxrss * 1024  # kilobytes on Linux
            check(f"{CASES} cases of {CASE_BYTES >> 20} MiB, --jobs {jobs}: exit 0", os.waitstatus_to_exitcode(status) == 0, status)
        print(f"     peak resident memory: " + ", ".join(f"--jobs {j} {v >> 20} MB" for j, v in peak.items()))
        for jobs in ("16", "64"):
            check(f"--jobs {jobs} needs less than {MEMORY_BOUND >> 20} MB more than --jobs 1",
                  peak[jobs] - peak["1"] < MEMORY_BOUND, f"{peak[jobs] >> 20} MB against {peak['1'] >> 20} MB")


        # 1. Oversize cases, on stdin and in a file.
        ndjson = tmp / "over.ndjson"
        with open(ndjson, "wb") as f:
            f.write(line_granted + b"\n")
            write_padded(f, granted, LIMIT + 1)
            f.write(b"\n" + line_renewal + b"\n")
            write_padded(f, renewal, LIMIT)
            f.write(b"\r\n")
        for jobs in ("1", "4"):
            with open(ndjson, "rb") as stdin:
                p = subprocess.run([egca, "timeline", "-", "--as-of", AS_OF, "--jobs", jobs], stdin=stdin,
                                   capture_output=True, timeout=120)
            lines = p.stdout.decode().splitlines()
            want_error = {"line": 2, "error": f"<stdin>:2:1: 案件超过{LIMIT}字节的上限：已跳过"}
            check(f"NDJSON --jobs {jobs}: four lines, exit 3 (an unreadable case), nothing on stderr",
                  len(lines) == 4 and p.returncode == 3 and p.stderr == b"", (len(lines), p.returncode, p.stderr[:200]))
            if len(lines) == 4:
                check(f"NDJSON --jobs {jobs}: line 2, one byte over the limit, is an error line naming it and the limit",
                      json.loads(lines[1]) == want_error, lines[1][:300])
                check(f"NDJSON --jobs {jobs}: the cases before and after it come out as the one-case command gives them",
                      json.loads(lines[0]) == expected[0] and json.loads(lines[2]) == expected[1], lines[2][:200])
                check(f"NDJSON --jobs {jobs}: a case of exactly the limit (and a CR) is read",
                      json.loads(lines[3]) == expected[1], lines[3][:200])

        array = tmp / "over.json"
        with open(array, "wb") as f:
            f.write(b"[\n" + line_granted + b",\n")
            write_padded(f, granted, LIMIT + 1)
            f.write(b",\n  " + line_renewal + b"\n]\n")
        p = subprocess.run([egca, "timeline", str(array), "--as-of", AS_OF], capture_output=True, timeout=120)
        lines = p.stdout.decode().splitlines()
        check("array: three lines, exit 3", len(lines) == 3 and p.returncode == 3 and p.stderr == b"",
              (len(lines), p.returncode, p.stderr[:200]))
        if len(lines) == 3:
            want = {"line": 3, "error": f"{array}:3:1: /1: 案件超过{LIMIT}字节的上限：已跳过"}
            check("array: element 1 is an error line naming its line, column, index and the limit",
                  json.loads(lines[1]) == want, lines[1][:300])
            check("array: the elements around it come out",
                  json.loads(lines[0]) == expected[0] and json.loads(lines[2]) == expected[1], lines[2][:200])

        # A case file one byte over the limit is refused in the same words (the one limit).
        big = tmp / "big.json"
        with open(big, "wb") as f:
            write_padded(f, granted, LIMIT + 1)
        p = subprocess.run([egca, "timeline", str(big), "--as-of", AS_OF], capture_output=True, timeout=120)
        check("a case file over the limit is refused", p.returncode == 3 and
              p.stderr.decode() == f"egca: {big}: 文件超过{LIMIT}字节的上限\n", p.stderr[:300])
    print(f"{len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
