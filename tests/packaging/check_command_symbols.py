#!/usr/bin/env python3
"""Checks that the egca command uses the library only through its public API: the command's undefined
dynamic symbols that libegca.so defines must all be exported API (declared EGCA_API in the public
headers), and the command must not call cJSON at all (the library reads JSON; hooks into its allocator
would change it for every user in the process) nor any library-internal egca__ symbol. Nor does it link
libmicrohttpd, which only egca serve loads (with dlopen).

The command links the shared libegca (src/cli/meson.build), so `nm -D --undefined-only` on it lists every
library function it calls.

Usage: check_command_symbols.py EGCA LIBEGCA.so INCLUDE_DIR
Prints one line per finding and ends with "N passed, N failed"."""
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from check_exports import declared  # noqa: E402


def undefined(binary):
    out = subprocess.run(["nm", "-D", "--undefined-only", binary], capture_output=True, text=True,
                         check=True).stdout
    return {line.split()[-1].split("@")[0] for line in out.splitlines() if line.split()}


def needed(binary):
    out = subprocess.run(["readelf", "-d", binary], capture_output=True, text=True, check=True).stdout
    return [line.split("[")[1].split("]")[0] for line in out.splitlines() if "(NEEDED)" in line]


def main():
    egca, lib, include = sys.argv[1:4]
    api = declared(include)
    passed = failed = 0

    def check(ok, what):
        nonlocal passed, failed
        print(("ok   " if ok else "FAIL ") + what)
        if ok:
            passed += 1
        else:
            failed += 1

    libs = needed(egca)
    check(any(n.startswith("libegca.so") for n in libs), f"the command links the shared libegca (NEEDED: {libs})")
    check(not any("cjson" in n.lower() for n in libs), f"the command does not link cJSON (NEEDED: {libs})")
    # egca serve loads libmicrohttpd itself (src/cli/serve.c): linked, it and gnutls would load at every start.
    check(not any("microhttpd" in n.lower() for n in libs), f"the command does not link libmicrohttpd (NEEDED: {libs})")
    symbols = undefined(egca)
    used = sorted(s for s in symbols if s.startswith("egca"))
    check(len(used) > 0, f"the command calls the library ({len(used)} functions)")
    for s in sorted(symbols):
        if s.startswith("cJSON"):
            check(False, f"the command calls cJSON: {s}")
        elif s.startswith("egca__"):
            check(False, f"the command calls a library-internal symbol: {s}")
        elif s.startswith("egca") and s not in api:
            check(False, f"the command calls {s}, which is not in the public API")
    check(not any(s.startswith(("cJSON", "egca__")) for s in symbols), "no cJSON_* or egca__* symbol")
    check(not any(s.startswith("MHD_") for s in symbols), "no MHD_* symbol (found with dlsym by egca serve)")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
