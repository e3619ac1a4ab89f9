"""Every error of `egca serve` has its status and the JSON shape {"error": {"code", "message", "pointer",
"line", "column"}}, and a case's error names the same place the command names.

400: a body that is not JSON (its line and column), a bad date, a parameter the endpoint does not take
(`reading`, which this build cannot honour, named as such), one given twice, a form that is not one;
404: an unknown path or rule (the known rules listed); 405 with Allow; 406: the HTML picture (not in this
build); 413: a Content-Length over --max-body (refused before the body is sent: the test sends none) and a
chunked body past it; 415: a body that is not application/json (or NDJSON for the timeline); 422: valid
JSON that is no valid case (its JSON pointer, line and column as `egca timeline` gives them on stderr), an
assessment profile with an unknown field, a question outside the calendar.

Usage: errors.py EGCA SOURCE_DIR
"""

import json
import pathlib
import re
import socket
import subprocess
import sys
import tempfile
import urllib.parse

from server import Checks, Server

LIMIT = 4096


def raw(port, data, read_until_close=True):
    """Sends raw bytes on a new connection and returns what comes back until the server closes it."""
    with socket.create_connection(("127.0.0.1", port), timeout=20) as s:
        s.sendall(data)
        chunks = []
        while True:
            try:
                b = s.recv(65536)
            except ConnectionResetError:
                break
            if not b:
                break
            chunks.append(b)
            if not read_until_close and b"\r\n\r\n" in b"".join(chunks):
                break
        return b"".join(chunks)


def main() -> int:
    egca, source = sys.argv[1], pathlib.Path(sys.argv[2])
    check = Checks()
    server = Server(egca, "--max-body", str(LIMIT))

    def expect(status_wanted, code_wanted, method, path, body=None, headers=None, what="", **fields):
        status, hdrs, data = server.request(method, path, body, headers)
        try:
            err = json.loads(data)["error"]
            shape = set(err) == {"code", "message", "pointer", "line", "column"}
        except (ValueError, KeyError, TypeError):
            err, shape = {}, False
        ok = status == status_wanted and shape and err.get("code") == code_wanted and \
            hdrs.get("content-type") == "application/json"
        for k, v in fields.items():
            ok = ok and (v.search(str(err.get(k))) if isinstance(v, re.Pattern) else err.get(k) == v)
        check(ok, f"{status_wanted} {code_wanted}: {what or method + ' ' + path}", f"{status} {data[:300]!r}")
        return hdrs, err

    json_h = {"Content-Type": "application/json"}
    try:
        expect(400, "parse", "POST", "/v1/timeline", b'{"case_id": "a",\n  "events": [}', json_h, "a body that is not JSON",
               line=2, column=14)
        expect(400, "bad_parameter", "POST", "/v1/timeline?as_of=2026-02-30", b"{}", json_h, "as_of 2026-02-30",
               message=re.compile("as_of"))
        expect(400, "bad_parameter", "POST", "/v1/timeline?as_of=2026-03-20&reading=q=r", b"{}", json_h,
               "reading= is named as unsupported", message=re.compile(r'unsupported parameter "reading"'))
        expect(400, "bad_parameter", "GET", "/v1/rules?verbose=1", what="a parameter the endpoint does not take",
               message=re.compile('"verbose"'))
        expect(400, "bad_parameter", "GET", "/v1/deadline/decision?from=2026-03-02&from=2026-03-03",
               what="a parameter given twice", message=re.compile("twice"))
        expect(400, "bad_parameter", "GET", "/v1/deadline/decision?from=2026-03-02&pause=2026-03-10",
               what="a pause without its colon", message=re.compile("FROM:TO"))
        expect(400, "bad_parameter", "GET", "/v1/deadline/decision", what="from is required")
        expect(400, "bad_parameter", "GET", "/v1/calendar/days?from=2026-03-02&to=2026-03-01", what="to before from")
        expect(400, "bad_parameter", "GET", "/v1/calendar/days?from=2026-03-02&to=2026-03-03&office=999999",
               what="an office that is none", message=re.compile("999999"))
        expect(404, "not_found", "GET", "/v1/nothing")
        expect(404, "not_found", "GET", "/v1/deadline/nothing?from=2026-03-02", what="an unknown rule, the rules listed",
               message=re.compile(r"unknown rule \"nothing\".*decision"))
        hdrs, _ = expect(405, "method_not_allowed", "DELETE", "/v1/rules")
        check(hdrs.get("allow") == "GET, HEAD", "405 names Allow: GET, HEAD", hdrs)
        hdrs, _ = expect(405, "method_not_allowed", "GET", "/v1/timeline")
        check(hdrs.get("allow") == "POST", "405 names Allow: POST", hdrs)
        granted = (source / "examples" / "case-granted.json").read_bytes()
        expect(406, "not_acceptable", "POST", "/v1/timeline?as_of=2026-03-20", granted,
               {**json_h, "Accept": "text/html"}, "Accept: text/html (the picture is not in this build)",
               message=re.compile("HTML picture is not built in"))
        expect(406, "not_acceptable", "POST", "/v1/timeline?as_of=2026-03-20", granted + b"\n" + granted,
               {"Content-Type": "application/x-ndjson", "Accept": "text/html"}, "a batch's picture (not in this build)")
        expect(415, "unsupported_media_type", "POST", "/v1/timeline", granted, {"Content-Type": "text/plain"})
        expect(415, "unsupported_media_type", "POST", "/v1/assess", b"{}", {}, "no Content-Type")
        expect(415, "unsupported_media_type", "POST", "/view", granted, json_h, "/view takes a form")

        # 413 before the body is read: the request announces more than the limit and sends none of it; the
        # answer comes all the same.
        answer = raw(server.port, b"POST /v1/timeline HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                     b"Content-Length: %d\r\n\r\n" % (LIMIT + 1))
        check(answer.startswith(b"HTTP/1.1 413") and b'"code":"too_large"' in answer,
              "413 from the Content-Length alone, no body sent", answer[:200])
        answer = raw(server.port, b"POST /v1/timeline HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                     b"Expect: 100-continue\r\nContent-Length: 99999999999\r\n\r\n")
        check(answer.startswith(b"HTTP/1.1 413"), "413 for Expect: 100-continue, without 100 Continue", answer[:100])
        chunk = b"x" * 1000
        body = b"".join(b"%x\r\n%s\r\n" % (len(chunk), chunk) for _ in range(LIMIT // 1000 + 2)) + b"0\r\n\r\n"
        answer = raw(server.port, b"POST /v1/timeline HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                     b"Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n" + body)
        check(answer.startswith(b"HTTP/1.1 413"), "413 for a chunked body past the limit", answer[:100])
        expect(413, "too_large", "POST", "/v1/assess", b" " * (LIMIT + 1), json_h, "an assess body past the limit")

        bad_case = b'{"case_id": "x",\n "events": [{"type": "received", "date": "2026-03-02"},\n' \
                   b'  {"type": "decided", "date": "2026-03-05", "outcome": "maybe"}]}'
        with tempfile.NamedTemporaryFile(suffix=".json") as f:
            f.write(bad_case)
            f.flush()
            stderr = subprocess.run([egca, "timeline", f.name, "--as-of", "2026-03-20"], capture_output=True,
                                    text=True).stderr
        _, err = expect(422, "invalid", "POST", "/v1/timeline?as_of=2026-03-20", bad_case, json_h,
                        "valid JSON, no valid case", pointer="/events/1/outcome")
        where = f":{err.get('line')}:{err.get('column')}: {err.get('pointer')}: {err.get('message')}"
        check(where in stderr, "the case's line, column, pointer and message are the command's", f"{where!r} {stderr!r}")
        expect(422, "invalid", "POST", "/v1/assess", b'{"applicant": {"nmae": "x"}}', json_h,
               "a profile with an unknown field", pointer=re.compile("/applicant"))
        expect(422, "coverage", "GET", "/v1/calendar/days?from=2035-01-01&to=2035-01-02", what="a year with no data",
               message=re.compile("2035"))
        expect(422, "coverage", "GET", "/v1/deadline/decision?from=2035-01-02", what="a deadline in a year with no data")
        expect(400, "bad_request", "POST", "/view", b"as_of=2026-03-20", {"Content-Type": "application/x-www-form-urlencoded"},
               "a form without a case")
        expect(406, "not_acceptable", "POST", "/view",
               urllib.parse.urlencode({"case": granted, "as_of": "2026-03-20"}).encode(),
               {"Content-Type": "application/x-www-form-urlencoded"}, "the form's picture (not in this build)")
        status, _, _ = server.request("GET", "/healthz")
        check(status == 200, "still serving after every error", status)
        # The command's own refusals, before it serves: usage (exit 2), an address in use (exit 3).
        for args, want, pattern in ((["--listen", "localhost"], 2, "--listen"),
                                    (["--listen", "127.0.0.1:65536"], 2, "--listen"),
                                    (["--listen", "example.org:80"], 2, "numeric"),
                                    (["--max-body", "0"], 2, "--max-body"),
                                    (["--max-body", str((64 << 20) + 1)], 2, "--max-body"),
                                    (["--timeout", "0"], 2, "--timeout"),
                                    (["--verbose"], 2, "--verbose"),
                                    (["--listen", f"127.0.0.1:{server.port}"], 3, "cannot listen")):
            p = subprocess.run([egca, "serve", *args], capture_output=True, text=True, timeout=30)
            check(p.returncode == want and pattern in p.stderr and p.stdout == "",
                  f"egca serve {' '.join(args)}: exit {want}", f"exit {p.returncode}: {p.stderr!r}")
    finally:
        code, log = server.stop()
    check(code == 0, "SIGTERM: exit 0", f"exit {code}: {log[-2000:]}")
    return check.end()


if __name__ == "__main__":
    sys.exit(main())
