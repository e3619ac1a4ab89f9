"""Every option the man page documents appears in `egca --help`, and the other way round.

The options are read from docs/egca.1 as the roff source writes them (\\-\\-name, hyphens escaped), and
from the usage text as printed; the two sets must be equal, so a new option cannot be documented in one
place only. Each subcommand's own --help (and `egca help COMMAND`) exits 0 with its usage on stdout and
nothing on stderr. Every usage line fits 100 columns.

Usage: man_options.py EGCA SOURCE_DIR
"""

import pathlib
import re
import subprocess
import sys

COMMANDS = ["calendar", "add-workdays", "workdays", "deadline", "rules", "assess", "timeline", "offices", "serve"]


def main() -> int:
    egca, source = sys.argv[1], pathlib.Path(sys.argv[2])
    roff = (source / "docs" / "egca.1").read_text(encoding="utf-8")
    documented = {m.replace("\\-", "-") for m in re.findall(r"\\-\\-[a-z]+(?:\\-[a-z]+)*", roff)}
    if re.search(r"(?<![\\a-z-])\\-h\b", roff):
        documented.add("-h")
    failures = 0
    p = subprocess.run([egca, "--help"], capture_output=True, text=True)
    if p.returncode != 0 or p.stderr:
        print(f"FAIL egca --help: exit {p.returncode}, stderr {p.stderr!r}")
        failures += 1
    for line in p.stdout.splitlines():
        if len(line) > 100:
            print(f"FAIL egca --help: a line of {len(line)} columns: {line!r}")
            failures += 1
    shown = set(re.findall(r"(?<![\w-])--[a-z]+(?:-[a-z]+)*", p.stdout))
    if re.search(r"(?<![\w-])-h\b", p.stdout):
        shown.add("-h")
    for opt in sorted(documented - shown):
        print(f"FAIL {opt} is in docs/egca.1 but not in egca --help")
        failures += 1
    for opt in sorted(shown - documented):
        print(f"FAIL {opt} is in egca --help but not in docs/egca.1")
        failures += 1
    if len(documented) < 10:
        print(f"FAIL only {sorted(documented)} read from docs/egca.1: the pattern no longer matches it")
        failures += 1
    for command in COMMANDS:
        for args in ([command, "--help"], [command, "-h"], ["help", command]):
            q = subprocess.run([egca, *args], capture_output=True, text=True)
            for line in q.stdout.splitlines():
                if len(line) > 100:
                    print(f"FAIL egca {' '.join(args)}: a line of {len(line)} columns: {line!r}")
                    failures += 1
            if q.returncode != 0 or q.stderr or not q.stdout.startswith(f"usage: egca {command}"):
                print(f"FAIL egca {' '.join(args)}: exit {q.returncode}, stdout {q.stdout[:60]!r}, stderr {q.stderr!r}")
                failures += 1
    print(f"{len(documented)} options documented; {failures} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
