"""How the command reads its JSON inputs, where a .t file cannot say it (its stdin is a file, never a pipe).

- `egca timeline /dev/stdin` fed by a pipe gives what the same file named on the command line gives: for one case
  and for an array of cases (an input that cannot be read twice is read once).
- One UTF-8 byte order mark before the text changes nothing, for every kind of input: one case, an array of cases,
  an NDJSON batch's first line, a profile, a rules file (RFC 8259 section 8.1 lets a reader ignore it).
- A pipe of more than 64 MiB is refused with its own message.

The reference is always the command on the same input without the pipe or the mark, whose answers the .t files
check against hand-counted dates.

Usage: inputs.py EGCA SOURCE_DIR
"""

import pathlib
import subprocess
import sys
import tempfile

BOM = b"\xef\xbb\xbf"


def run(egca, args, stdin=None):
    p = subprocess.run([egca, *args], input=stdin, capture_output=True, timeout=120)
    return p.returncode, p.stdout, p.stderr


def main() -> int:
    egca, source = sys.argv[1], pathlib.Path(sys.argv[2])
    case = source / "examples" / "case-granted.json"
    batch = source / "tests" / "data" / "cases" / "batch" / "cases.json"
    ndjson = source / "tests" / "data" / "cases" / "batch" / "cases.ndjson"
    profile = source / "examples" / "application.json"
    failures, checks = [], []

    def same(what, got, want):
        checks.append(what)
        if got != want:
            failures.append(f"{what}:\n  got  {got!r}\n  want {want!r}")

    with tempfile.TemporaryDirectory() as tmp:
        tmp = pathlib.Path(tmp)

        # One case through a pipe: the same answer as the file (exit 0, the same text).
        want = run(egca, ["timeline", str(case), "--as-of", "2026-03-20"])
        same("one case from a pipe", run(egca, ["timeline", "/dev/stdin", "--as-of", "2026-03-20"],
                                         case.read_bytes()), want)
        # An array of cases through a pipe: the same lines, the error line naming /dev/stdin for the file.
        rc, out, err = run(egca, ["timeline", str(batch), "--as-of", "2025-10-09"])
        want = (rc, out.replace(str(batch).encode(), b"/dev/stdin"), err)
        same("an array from a pipe", run(egca, ["timeline", "/dev/stdin", "--as-of", "2025-10-09"],
                                         batch.read_bytes()), want)

        # A byte order mark: one case, an array (a file and a pipe), the first line of NDJSON, a profile.
        marked = tmp / "case.json"
        marked.write_bytes(BOM + case.read_bytes())
        rc, out, err = run(egca, ["timeline", str(case), "--as-of", "2026-03-20"])
        same("one case after a mark", run(egca, ["timeline", str(marked), "--as-of", "2026-03-20"]), (rc, out, err))
        marked = tmp / "cases.json"
        marked.write_bytes(BOM + batch.read_bytes())
        rc, out, err = run(egca, ["timeline", str(batch), "--as-of", "2025-10-09"])
        same("an array after a mark", run(egca, ["timeline", str(marked), "--as-of", "2025-10-09"]),
             (rc, out.replace(str(batch).encode(), str(marked).encode()), err))
        same("an array after a mark, from a pipe",
             run(egca, ["timeline", "/dev/stdin", "--as-of", "2025-10-09"], marked.read_bytes()),
             (rc, out.replace(str(batch).encode(), b"/dev/stdin"), err))
        want = run(egca, ["timeline", "-", "--as-of", "2025-10-09"], ndjson.read_bytes())
        same("NDJSON after a mark", run(egca, ["timeline", "-", "--as-of", "2025-10-09"], BOM + ndjson.read_bytes()),
             want)
        marked = tmp / "profile.json"
        marked.write_bytes(BOM + profile.read_bytes())
        same("a profile after a mark", run(egca, ["assess", str(marked), "--format", "json"]),
             run(egca, ["assess", str(profile), "--format", "json"]))

        # A rules directory whose files each begin with a mark: the same deadline as the shipped rules.
        rules = tmp / "rules"
        rules.mkdir()
        for f in (source / "rules").glob("*.json"):
            (rules / f.name).write_bytes(BOM + f.read_bytes())
        same("rules after a mark", run(egca, ["--rules", str(rules), "deadline", "acceptance", "2025-09-30"]),
             run(egca, ["deadline", "acceptance", "2025-09-30"]))

    # More than 64 MiB from a pipe: refused, nothing written to stdout.
    rc, out, err = run(egca, ["timeline", "/dev/stdin"], b" " * ((64 << 20) + 1))
    same("a pipe over 64 MiB", (rc, out, err),
         (3, b"", "egca: /dev/stdin: 只能读取一次的输入超过64 MiB：请改为在stdin（-）上每行给出一个案件\n".encode()))

    for f in failures:
        print("FAIL", f)
    print(f"{len(checks) - len(failures)} passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
