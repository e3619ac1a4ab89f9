"""Without libmicrohttpd on the machine, `egca serve` says which library it could not load (in the
command's language) and exits 3 before listening; a usage error is found first.

no_microhttpd.so (preloaded) makes dlopen find no libmicrohttpd, as a machine without the package would.
That the command does not link it is checked from the binary (tests/packaging/check_command_symbols.py).

Usage: nolib.py EGCA SOURCE_DIR NO_MICROHTTPD.so
"""

import os
import re
import shlex
import subprocess
import sys

from server import Checks


def main():
    egca, _source, shim = sys.argv[1:4]
    c = Checks()
    env = dict(os.environ, LD_PRELOAD=shim)
    env.pop("EGCA_LANG", None)
    # A sanitized build's runtime would otherwise insist on coming first in the list of libraries.
    env["ASAN_OPTIONS"] = ":".join(filter(None, [os.environ.get("ASAN_OPTIONS", ""), "verify_asan_link_order=0"]))
    wrap = shlex.split(os.environ.get("EGCA_TEST_WRAP", ""))
    loader = "libmicrohttpd: cannot open shared object file: No such file or directory"
    for lang, want in [
        ("en", r"egca: serve: cannot load libmicrohttpd\.so\.\d+ \(GNU libmicrohttpd\), which egca serve needs: "),
        ("zh", r"egca: serve: 无法加载egca serve所需的libmicrohttpd\.so\.\d+（GNU libmicrohttpd）："),
    ]:
        p = subprocess.run([*wrap, egca, "--lang", lang, "serve", "--listen", "127.0.0.1:0"], env=env,
                           stdin=subprocess.DEVNULL, capture_output=True, timeout=120)
        err = p.stderr.decode("utf-8", "replace")
        c(p.returncode == 3, f"{lang}: exit 3 without the library (exit {p.returncode})")
        c(re.fullmatch(want + re.escape(loader) + "\n", err) is not None, f"{lang}: names the library: {err!r}")
        c(p.stdout == b"" and "serving on" not in err and "服务地址" not in err, f"{lang}: did not listen")
    # A usage error is still a usage error, found before the library is looked for.
    p = subprocess.run([*wrap, egca, "--lang", "en", "serve", "--timeout", "0"], env=env,
                       stdin=subprocess.DEVNULL, capture_output=True, timeout=120)
    c(p.returncode == 2 and b"libmicrohttpd" not in p.stderr, f"usage first: exit {p.returncode} {p.stderr!r}")
    return c.end()


if __name__ == "__main__":
    sys.exit(main())
