"""Output into a pipe whose reader has gone.

The command leaves SIGPIPE as it finds it (docs/egca.1, EXIT STATUS). With SIGPIPE at its default, as a
shell starts commands, the command dies by the signal and says nothing: `egca timeline - | head -1` prints
no error. A caller that ignores SIGPIPE gets the write error instead: exit 3 and the one line
"egca: stdout: 管道已断开" (in English with --lang en: "egca: stdout: Broken pipe", strerror's words), never
exit 0 with the lines lost.

Usage: closed_pipe.py EGCA SOURCE_DIR
"""

import os
import pathlib
import signal
import subprocess
import sys
import tempfile

AS_OF = "2026-03-20"
BROKEN = "egca: stdout: 管道已断开\n"  # EPIPE, in the default language
BROKEN_EN = "egca: stdout: " + os.strerror(32) + "\n"
ENV = {k: v for k, v in os.environ.items() if k != "EGCA_LANG"}


def ndjson(source: pathlib.Path, copies: int) -> bytes:
    """Every example case on one line each, `copies` times over."""
    lines = [f.read_text(encoding="utf-8").replace("\n", " ").encode() + b"\n"
             for f in sorted((source / "examples").glob("case-*.json"))]
    return b"".join(lines) * copies


def run_into_closed_pipe(cmd, stdin_path, ignore_sigpipe):
    """Runs cmd with stdout a pipe whose read end is closed before it starts."""
    r, w = os.pipe()
    os.close(r)
    try:
        with open(stdin_path, "rb") if stdin_path else open(os.devnull, "rb") as stdin:
            # Python ignores SIGPIPE for itself; restore_signals puts it back to the default in the child.
            return subprocess.run(cmd, stdin=stdin, stdout=w, stderr=subprocess.PIPE, timeout=120,
                                  restore_signals=not ignore_sigpipe, env=ENV)
    finally:
        os.close(w)


def main() -> int:
    egca, source = sys.argv[1], pathlib.Path(sys.argv[2])
    failures = []

    def check(what, ok, detail):
        print(("ok   " if ok else "FAIL ") + what + ("" if ok else f": {detail}"))
        if not ok:
            failures.append(what)

    with tempfile.TemporaryDirectory() as tmp:
        cases = pathlib.Path(tmp) / "cases.ndjson"
        cases.write_bytes(ndjson(source, 1000))  # about 6 MB of output: more than a pipe holds
        batch = [egca, "timeline", "-", "--as-of", AS_OF]
        one = [egca, "timeline", str(source / "examples/case-granted.json"), "--as-of", AS_OF]

        for jobs in ("1", "4"):
            p = run_into_closed_pipe(batch + ["--jobs", jobs], cases, ignore_sigpipe=False)
            check(f"batch --jobs {jobs}, SIGPIPE default: killed by SIGPIPE, silently",
                  p.returncode == -signal.SIGPIPE and p.stderr == b"", (p.returncode, p.stderr))
            p = run_into_closed_pipe(batch + ["--jobs", jobs], cases, ignore_sigpipe=True)
            check(f"batch --jobs {jobs}, SIGPIPE ignored: exit 3 and the write error",
                  p.returncode == 3 and p.stderr.decode() == BROKEN, (p.returncode, p.stderr))

        p = run_into_closed_pipe(one, None, ignore_sigpipe=True)
        check("one case, SIGPIPE ignored: exit 3 and the write error",
              p.returncode == 3 and p.stderr.decode() == BROKEN, (p.returncode, p.stderr))
        p = run_into_closed_pipe([egca, "--lang", "en"] + one[1:], None, ignore_sigpipe=True)
        check("one case, --lang en, SIGPIPE ignored: exit 3 and the write error in English",
              p.returncode == 3 and p.stderr.decode() == BROKEN_EN, (p.returncode, p.stderr))
        p = run_into_closed_pipe(one, None, ignore_sigpipe=False)
        check("one case, SIGPIPE default: killed by SIGPIPE, silently",
              p.returncode == -signal.SIGPIPE and p.stderr == b"", (p.returncode, p.stderr))

        # `egca timeline - | head -1`: the reader takes one line and goes.
        with open(cases, "rb") as stdin:
            p = subprocess.Popen(batch, stdin=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=ENV)
            first = p.stdout.readline()
            p.stdout.close()
            err = p.stderr.read()
            code = p.wait(timeout=120)
        check("| head -1: the first line comes, then SIGPIPE ends the command without a message",
              first.startswith(b'{"case_id":') and err == b"" and code == -signal.SIGPIPE, (first[:40], err, code))

    print(f"{len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
