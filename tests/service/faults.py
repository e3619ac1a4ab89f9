"""Slow, stalled, broken and vanishing clients leave `egca serve` serving the others, and SIGTERM drains.

The server runs with --timeout 1 (a connection idle for a second is closed; a body must arrive within
three). Each fault is followed by a request that must be answered correctly:
- 300 clients that send half their headers and stall (more than the 256 the service must hold at once): a
  request made while they hang on is answered, and once idle past the timeout they are closed;
- a body sent a byte at a time, never idle for the timeout, is cut when its three seconds are up;
- a body shorter than its Content-Length (the client closes), a request line that is no HTTP, a header
  without a colon, 100 KB of headers;
- a client that reads a few bytes of a large batch's answer and closes;
- SIGTERM while a request's body is still coming: that request is answered, then the server exits 0, and
  nothing is accepted after the signal.

Usage: faults.py EGCA SOURCE_DIR
"""

import json
import os
import pathlib
import socket
import sys
import time

from server import Checks, Server

SLOW = 5 if os.environ.get("EGCA_TEST_WRAP") else 1  # valgrind runs everything several times slower


def connect(port):
    s = socket.create_connection(("127.0.0.1", port), timeout=30)
    s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    return s


def closed(s, wait):
    """True when the server closes `s` (EOF or reset) within `wait` seconds, whatever it sent before."""
    s.settimeout(wait)
    end = time.monotonic() + wait
    try:
        while time.monotonic() < end:
            if not s.recv(65536):
                return True
    except (ConnectionResetError, BrokenPipeError):
        return True
    except socket.timeout:
        return False
    return False


def main() -> int:
    egca, source = sys.argv[1], pathlib.Path(sys.argv[2])
    check = Checks()
    granted = (source / "examples" / "case-granted.json").read_bytes()
    json_h = {"Content-Type": "application/json"}
    server = Server(egca, "--timeout", str(SLOW))
    status, _, expected = server.request("POST", "/v1/timeline?as_of=2026-03-20", granted, json_h)
    check(status == 200, "a case is answered", status)

    def serves(what):
        t = time.monotonic()
        status, _, body = server.request("POST", "/v1/timeline?as_of=2026-03-20", granted, json_h, timeout=10 * SLOW)
        check(status == 200 and body == expected, f"{what}: the next case is answered right "
              f"({time.monotonic() - t:.3f} s)", f"{status} {body[:100]!r}")

    try:
        stalled = []
        for _ in range(300):
            s = connect(server.port)
            s.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n")
            stalled.append(s)
        serves("300 clients stalled in their headers")
        t = time.monotonic()
        gone = sum(closed(s, 3 * SLOW - (time.monotonic() - t) + 0.5) for s in stalled)
        check(gone == len(stalled), f"the stalled clients are closed after the idle timeout ({gone} of 300)")
        for s in stalled:
            s.close()

        s = connect(server.port)
        s.sendall(b"POST /v1/timeline HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                  b"Content-Length: 100000\r\n\r\n")
        t = time.monotonic()
        cut = False
        while time.monotonic() - t < 6 * SLOW:
            try:
                s.sendall(b" ")
            except (BrokenPipeError, ConnectionResetError):
                cut = True
                break
            time.sleep(SLOW / 4)
        cut = cut or closed(s, SLOW)
        check(cut and time.monotonic() - t >= 3 * SLOW - 0.2, f"a body dripping in is cut after its "
              f"{3 * SLOW} s ({time.monotonic() - t:.1f} s)")
        s.close()
        serves("a dripping body")

        s = connect(server.port)
        s.sendall(b"POST /v1/timeline HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                  b"Content-Length: 2000\r\n\r\n" + granted[:100])
        s.close()
        serves("a body cut short by its client")
        for what, data in (("a request line that is no HTTP", b"HELLO THERE\r\n\r\n"),
                           ("a header without a colon", b"GET /healthz HTTP/1.1\r\nHost: x\r\nno colon here\r\n\r\n"),
                           ("100 KB of headers", b"GET /healthz HTTP/1.1\r\nHost: x\r\n" +
                            b"".join(b"X-Pad-%d: %s\r\n" % (i, b"a" * 1000) for i in range(100)) + b"\r\n")):
            s = connect(server.port)
            try:
                s.sendall(data)
                s.settimeout(10 * SLOW)
                answer = s.recv(200)
            except (BrokenPipeError, ConnectionResetError):
                answer = b""
            s.close()
            check(answer == b"" or answer.startswith((b"HTTP/1.1 4", b"HTTP/1.0 4")),
                  f"{what}: refused ({answer[:20]!r})")
            serves(what)

        line = json.dumps(json.loads(granted)).encode() + b"\n"
        batch = line * 1500
        s = connect(server.port)
        s.sendall(b"POST /v1/timeline?as_of=2026-03-20 HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-ndjson\r\n"
                  b"Content-Length: %d\r\n\r\n" % len(batch) + batch)
        s.settimeout(30 * SLOW)
        first = s.recv(1000)
        s.close()
        check(first.startswith(b"HTTP/1.1 200"), "a large batch's answer starts", first[:40])
        serves("a client gone in the middle of an answer")

        s = connect(server.port)
        s.sendall(b"POST /v1/timeline?as_of=2026-03-20 HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                  b"Connection: close\r\nContent-Length: %d\r\n\r\n" % len(granted) + granted[:50])
        time.sleep(0.2 * SLOW)
        server.proc.send_signal(15)
        time.sleep(0.2 * SLOW)
        try:
            late = socket.create_connection(("127.0.0.1", server.port), timeout=2)
            late.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
            late.settimeout(2)
            refused = late.recv(100) == b""
            late.close()
        except OSError:
            refused = True
        check(refused, "after SIGTERM no new request is answered")
        s.sendall(granted[50:])
        s.settimeout(10 * SLOW)
        answer = b""
        while True:
            b = s.recv(65536)
            if not b:
                break
            answer += b
        s.close()
        check(answer.startswith(b"HTTP/1.1 200") and answer.endswith(expected),
              "the request under way when SIGTERM came is answered", answer[:100])
    finally:
        code, log = server.stop()
    check(code == 0, "SIGTERM: exit 0", f"exit {code}: {log[-3000:]}")
    check(" 408 " in log and "closed before the answer was sent" in log,
          "the log names the cut body (408) and the client gone mid-answer", log[-2000:])
    return check.end()


if __name__ == "__main__":
    sys.exit(main())
