"""Starts `egca serve` on a free loopback port for a test, and stops it.

The server is started on 127.0.0.1:0 (the system picks a free port) and its first stderr line names the
port. EGCA_TEST_WRAP (scripts/test-sanitize.sh: valgrind) is put before the command when set. stop() sends
SIGTERM and returns the exit status and everything the server wrote to stderr (one line per request)."""

import http.client
import os
import re
import shlex
import signal
import subprocess
import tempfile
import time


class Server:
    def __init__(self, egca, *args, global_args=()):
        self.log = tempfile.TemporaryFile()
        wrap = shlex.split(os.environ.get("EGCA_TEST_WRAP", ""))
        cmd = [*wrap, egca, *global_args, "serve", "--listen", "127.0.0.1:0", *args]
        self.proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=self.log)
        deadline = time.monotonic() + (60 if wrap else 10)
        self.port = None
        while self.port is None:
            self.log.seek(0)
            m = re.search(rb"egca: [^\n]*http://127\.0\.0\.1:(\d+)/", self.log.read())
            if m:
                self.port = int(m.group(1))
            elif self.proc.poll() is not None or time.monotonic() > deadline:
                self.log.seek(0)
                raise RuntimeError(f"egca serve did not start: exit {self.proc.poll()}: {self.log.read()!r}")
            else:
                time.sleep(0.02)

    def request(self, method, path, body=None, headers=None, timeout=30):
        """(status, headers dict with lower-case names, body bytes) of one request on a new connection."""
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        try:
            conn.request(method, path, body=body, headers=headers or {})
            resp = conn.getresponse()
            return resp.status, {k.lower(): v for k, v in resp.getheaders()}, resp.read()
        finally:
            conn.close()

    def stop(self, timeout=60):
        """SIGTERM; (exit status, stderr text)."""
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        try:
            code = self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            code = self.proc.wait()
        self.log.seek(0)
        text = self.log.read().decode("utf-8", "replace")
        self.log.close()
        return code, text


def multipart(fields, boundary="egca-test-boundary-7d1f"):
    """(body, headers) of a multipart/form-data form (RFC 7578) as a browser sends it. `fields` maps a name to
    bytes (a text field) or to (filename, bytes) (a file)."""
    parts = []
    for name, value in fields.items():
        if isinstance(value, tuple):
            filename, data = value
            head = (f'Content-Disposition: form-data; name="{name}"; filename="{filename}"\r\n'
                    "Content-Type: application/json\r\n")
        else:
            head, data = f'Content-Disposition: form-data; name="{name}"\r\n', value
        parts.append(f"--{boundary}\r\n{head}\r\n".encode() + data + b"\r\n")
    body = b"".join(parts) + f"--{boundary}--\r\n".encode()
    return body, {"Content-Type": f"multipart/form-data; boundary={boundary}"}


class Checks:
    """Counts failures; prints "ok"/"FAIL" lines and a last line "N passed, N failed"."""

    def __init__(self):
        self.passed = self.failed = 0

    def __call__(self, ok, what, detail=""):
        print(("ok   " if ok else "FAIL ") + what + ("" if ok else f": {detail}"))
        if ok:
            self.passed += 1
        else:
            self.failed += 1
        return ok

    def end(self):
        print(f"{self.passed} passed, {self.failed} failed")
        return 1 if self.failed else 0
