"""A short load on `egca serve`: no request lost or answered wrongly (timing is measured in bench/, never here).

1. `ab` (apache2-utils) posts the example case 2,000 times on 16 keep-alive connections: every request
   completes, none fails, none is answered with a status other than 200 or a body of another length.
2. 16 threads, each on its own keep-alive connection, post the six example cases in turn, 40 requests each,
   with different as-of dates: every answer is byte for byte the command's for that case and date.
Without ab the first part is skipped and said so; the second still runs.

Usage: load.py EGCA SOURCE_DIR
"""

import http.client
import os
import pathlib
import re
import shutil
import subprocess
import sys
import threading

from server import Checks, Server

THREADS, PER_THREAD = 16, 40
DATES = ["2025-06-30", "2026-03-20", "2027-06-30"]


def main() -> int:
    egca, source = sys.argv[1], pathlib.Path(sys.argv[2])
    check = Checks()
    wrapped = bool(os.environ.get("EGCA_TEST_WRAP"))
    cases = sorted((source / "examples").glob("case-*.json"))
    expected = {}
    for path in cases:
        for date in DATES:
            expected[path.name, date] = subprocess.run(
                [egca, "timeline", str(path), "--as-of", date, "--format", "json"], capture_output=True).stdout
    server = Server(egca)
    try:
        ab = shutil.which("ab")
        if ab is None:
            print("skip ab: apache2-utils is not installed")
        else:
            n = 500 if wrapped else 2000
            p = subprocess.run([ab, "-q", "-k", "-n", str(n), "-c", "16", "-s", "60", "-p", str(cases[0]),
                                "-T", "application/json", f"http://127.0.0.1:{server.port}/v1/timeline?as_of=2026-03-20"],
                               capture_output=True, text=True, timeout=600)
            out = p.stdout
            complete = re.search(r"Complete requests:\s+(\d+)", out)
            failed = re.search(r"Failed requests:\s+(\d+)", out)
            check(p.returncode == 0 and complete is not None and int(complete.group(1)) == n,
                  f"ab: {n} requests complete", out[-1500:] + p.stderr[-500:])
            check(failed is not None and int(failed.group(1)) == 0 and "Non-2xx" not in out,
                  "ab: none failed, none other than 200", out[-1500:])
            length = re.search(r"Document Length:\s+(\d+) bytes", out)
            check(length is not None and int(length.group(1)) == len(expected[cases[0].name, "2026-03-20"]),
                  "ab: every body has the command's length", out[-800:])

        wrong = []

        def client(k):
            conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=60)
            try:
                for i in range(PER_THREAD):
                    path, date = cases[(k + i) % len(cases)], DATES[(k * 7 + i) % len(DATES)]
                    conn.request("POST", f"/v1/timeline?as_of={date}", path.read_bytes(),
                                 {"Content-Type": "application/json"})
                    resp = conn.getresponse()
                    body = resp.read()
                    if resp.status != 200 or body != expected[path.name, date]:
                        wrong.append((k, i, path.name, date, resp.status, body[:100]))
            except OSError as e:
                wrong.append((k, "connection", repr(e)))
            finally:
                conn.close()

        threads = [threading.Thread(target=client, args=(k,)) for k in range(THREADS)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        check(not wrong, f"{THREADS} keep-alive clients x {PER_THREAD} cases: every answer the command's",
              wrong[:3])
    finally:
        code, log = server.stop()
    check(code == 0, "SIGTERM: exit 0", f"exit {code}: {log[-2000:]}")
    return check.end()


if __name__ == "__main__":
    sys.exit(main())
