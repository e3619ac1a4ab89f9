#!/usr/bin/env python3
"""Checks that libegca.so exports exactly the public API: every function declared EGCA_API in the
public headers, and nothing else (no src/ helper, no symbol of a static dependency).

Usage: check_exports.py LIBEGCA.so INCLUDE_DIR
Prints one line per finding and ends with "N passed, N failed" (one check per public function, one per
stray export)."""
import os
import re
import subprocess
import sys


def declared(include_dir):
    """Names of the functions declared with EGCA_API in include_dir/egca.h and include_dir/egca/*.h."""
    headers = [os.path.join(include_dir, "egca.h")]
    sub = os.path.join(include_dir, "egca")
    headers += sorted(os.path.join(sub, h) for h in os.listdir(sub) if h.endswith(".h"))
    names = {}
    for h in headers:
        with open(h, encoding="utf-8") as f:
            text = f.read()
        text = re.sub(r"/\*.*?\*/", " ", text, flags=re.S)  # comments mention EGCA_API too
        text = re.sub(r"^\s*#.*$", " ", text, flags=re.M)    # the macro's own definition
        for decl in re.findall(r"\bEGCA_API\b([^;{]*)", text):
            m = re.search(r"(\w+)\s*\(", decl)
            if m is None:
                print(f"FAIL {os.path.basename(h)}: EGCA_API on something that is not a function: {decl.strip()!r}")
                continue
            names[m.group(1)] = os.path.basename(h)
    return names


def exported(lib):
    out = subprocess.run(["nm", "-D", "--defined-only", lib], capture_output=True, text=True, check=True).stdout
    symbols = {}
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 3:
            symbols[parts[2].split("@")[0]] = parts[1]
    return symbols


def main():
    lib, include_dir = sys.argv[1], sys.argv[2]
    api = declared(include_dir)
    symbols = exported(lib)
    passed = failed = 0
    for name in sorted(api):
        kind = symbols.get(name)
        if kind is None:
            print(f"FAIL {name} ({api[name]}) is declared but not exported")
            failed += 1
        elif kind not in ("T", "t", "W", "i"):
            print(f"FAIL {name} ({api[name]}) is exported as {kind!r}, not as a function")
            failed += 1
        else:
            passed += 1
    stray = sorted(set(symbols) - set(api))
    for name in stray:
        print(f"FAIL {name} is exported ({symbols[name]}) but is not public API")
        failed += 1
    if not api:
        print("FAIL no EGCA_API declaration found")
        failed += 1
    print(f"{len(api)} public functions, {len(symbols)} exported symbols")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
