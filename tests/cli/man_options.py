"""Every option the man page documents appears in `egca --help`, and the other way round.

The options are read from docs/egca.1 as the roff source writes them (\\-\\-name, hyphens escaped), and
from the usage text as printed; the two sets must be equal, so a new option cannot be documented in one
place only. Each subcommand's own --help (and `egca help COMMAND`) exits 0 with its usage on stdout and
nothing on stderr. Every usage line fits 100 columns (a Chinese character takes two). All of it in both
languages: the Chinese usage (the default) begins "用法：egca COMMAND", the English (--lang en) "usage: egca
COMMAND", and both name the same options.

Usage: man_options.py EGCA SOURCE_DIR
"""

import os
import pathlib
import re
import subprocess
import sys
import unicodedata

COMMANDS = ["calendar", "add-workdays", "workdays", "deadline", "rules", "assess", "timeline", "offices", "serve"]


# The first words of a usage text in each language (--lang VALUE: its words).
USAGE = {"zh": "用法：egca", "en": "usage: egca"}


def columns(line: str) -> int:
    """The display width of a line: a wide or full-width character (Chinese) takes two columns."""
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in line)


def main() -> int:
    egca, source = sys.argv[1], pathlib.Path(sys.argv[2])
    failures = 0
    for lang in USAGE:
        failures += check(egca, source, lang)
    print(f"both languages checked; {failures} failures")
    return 1 if failures else 0


def check(egca: str, source: pathlib.Path, lang: str) -> int:
    env = {k: v for k, v in os.environ.items() if k != "EGCA_LANG"}
    env["EGCA_LANG"] = lang
    roff = (source / "docs" / "egca.1").read_text(encoding="utf-8")
    documented = {m.replace("\\-", "-") for m in re.findall(r"\\-\\-[a-z]+(?:\\-[a-z]+)*", roff)}
    if re.search(r"(?<![\\a-z-])\\-h\b", roff):
        documented.add("-h")
    failures = 0
    p = subprocess.run([egca, "--help"], capture_output=True, text=True, env=env)
    if p.returncode != 0 or p.stderr or not p.stdout.startswith(USAGE[lang] + " "):
        print(f"FAIL {lang}: egca --help: exit {p.returncode}, stdout {p.stdout[:60]!r}, stderr {p.stderr!r}")
        failures += 1
    for line in p.stdout.splitlines():
        if columns(line) > 100:
            print(f"FAIL {lang}: egca --help: a line of {columns(line)} columns: {line!r}")
            failures += 1
    shown = set(re.findall(r"(?<![\w-])--[a-z]+(?:-[a-z]+)*", p.stdout))
    if re.search(r"(?<![\w-])-h\b", p.stdout):
        shown.add("-h")
    for opt in sorted(documented - shown):
        print(f"FAIL {lang}: {opt} is in docs/egca.1 but not in egca --help")
        failures += 1
    for opt in sorted(shown - documented):
        print(f"FAIL {lang}: {opt} is in egca --help but not in docs/egca.1")
        failures += 1
    if len(documented) < 10:
        print(f"FAIL only {sorted(documented)} read from docs/egca.1: the pattern no longer matches it")
        failures += 1
    for command in COMMANDS:
        for args in ([command, "--help"], [command, "-h"], ["help", command]):
            q = subprocess.run([egca, *args], capture_output=True, text=True, env=env)
            for line in q.stdout.splitlines():
                if columns(line) > 100:
                    print(f"FAIL {lang}: egca {' '.join(args)}: a line of {columns(line)} columns: {line!r}")
                    failures += 1
            if q.returncode != 0 or q.stderr or not q.stdout.startswith(f"{USAGE[lang]} {command}"):
                print(f"FAIL {lang}: egca {' '.join(args)}: exit {q.returncode}, stdout {q.stdout[:60]!r}, "
                      f"stderr {q.stderr!r}")
                failures += 1
    print(f"{lang}: {len(documented)} options documented; {failures} failures")
    return failures


if __name__ == "__main__":
    sys.exit(main())
