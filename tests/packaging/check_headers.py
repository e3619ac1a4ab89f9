#!/usr/bin/env python3
"""Checks that every public header stands on its own: each of include/egca.h and include/egca/*.h,
included alone (and twice, for its include guard), compiles as C99 with -pedantic-errors and as C++11;
and a C++ program that includes egca.h links against libegca and runs (the declarations have C linkage).

Usage: check_headers.py INCLUDE_DIR LIBDIR CC [CXX [LINK_FLAGS]]
  LINK_FLAGS (one argument, split at spaces) go to the C++ link, e.g. -fsanitize=address when libegca
  was built with a sanitizer.
Ends with "N passed, N failed"."""
import os
import subprocess
import sys
import tempfile

WARN = ["-Wall", "-Wextra", "-Werror"]


def main():
    include_dir, libdir, cc = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2]), sys.argv[3]
    cxx = sys.argv[4] if len(sys.argv) > 4 and sys.argv[4] else None
    link_flags = sys.argv[5].split() if len(sys.argv) > 5 else []
    headers = ["egca.h"] + sorted("egca/" + h for h in os.listdir(os.path.join(include_dir, "egca")) if h.endswith(".h"))
    passed = failed = skipped = 0

    def check(what, cmd, source, suffix):
        nonlocal passed, failed
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "t" + suffix)
            with open(path, "w", encoding="utf-8") as f:
                f.write(source)
            p = subprocess.run(cmd + [path], capture_output=True, text=True, cwd=tmp)
        if p.returncode == 0:
            passed += 1
            print(f"ok   {what}")
        else:
            failed += 1
            print(f"FAIL {what}\n" + "".join("  " + l + "\n" for l in (p.stdout + p.stderr).splitlines()[:30]))

    for h in headers:
        src = f"#include <{h}>\n#include <{h}>\nint main(void) {{ return 0; }}\n"
        check(f"{h} as C99 -pedantic", [cc, "-std=c99", "-pedantic-errors"] + WARN + ["-I", include_dir, "-fsyntax-only"],
              src, ".c")
        check(f"{h} as C11 -pedantic", [cc, "-std=c11", "-pedantic-errors"] + WARN + ["-I", include_dir, "-fsyntax-only"],
              src, ".c")
        if cxx:
            check(f"{h} as C++11", [cxx, "-std=c++11", "-pedantic-errors"] + WARN + ["-I", include_dir, "-fsyntax-only"],
                  src.replace("(void)", "()"), ".cpp")
        else:
            skipped += 1
    if cxx:
        program = """#include <egca.h>
#include <cstdio>
#include <cstring>
int main()
{
  egca_date d = 0;
  egca_error err = {};
  if (egca_date_parse(&d, "2026-03-02", &err) != EGCA_OK)
    return 1;
  char text[EGCA_DATE_TEXT_SIZE];
  std::printf("%s %s\\n", egca_version(), egca_date_format(d, text));
  return std::strcmp(text, "2026-03-02") == 0 ? 0 : 1;
}
"""
        with tempfile.TemporaryDirectory() as tmp:
            exe = os.path.join(tmp, "cxx_program")
            src = os.path.join(tmp, "program.cpp")
            with open(src, "w", encoding="utf-8") as f:
                f.write(program)
            p = subprocess.run([cxx, "-std=c++11", "-pedantic-errors"] + WARN + ["-I", include_dir, src, "-o", exe,
                                "-L", libdir, "-Wl,-rpath," + os.path.abspath(libdir), "-legca"] + link_flags,
                               capture_output=True, text=True)
            if p.returncode == 0:
                p = subprocess.run([exe], capture_output=True, text=True)
            if p.returncode == 0:
                passed += 1
                print(f"ok   a C++ program links against libegca and runs: {p.stdout.strip()}")
            else:
                failed += 1
                print("FAIL a C++ program links against libegca and runs\n" + p.stdout + p.stderr)
    print(f"{passed} passed, {failed} failed" + (f", {skipped} skipped" if skipped else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
