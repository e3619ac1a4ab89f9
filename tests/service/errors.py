"""Every error of `egca serve` has its status and the JSON shape {"error": {"code", "message", "pointer",
"line", "column"}}, and a case's error names the same place the command names.

400: a body that is not JSON (its line and column), a bad date, a parameter the endpoint does not take, one
given twice, a `reading` naming an unknown question or reading (or a question twice), a form that is not one;
404: an unknown path or rule (the known rules listed); 405 with Allow; 413: a Content-Length over --max-body (refused before the body is sent: the test sends none) and a
chunked body past it; 415: a body that is not application/json (or NDJSON for the timeline); 422: valid
JSON that is no valid case (its JSON pointer, line and column as `egca timeline` gives them on stderr), an
assessment profile with an unknown field, a question outside the calendar. Asking for the picture
(Accept: text/html) changes no error: it stays JSON. The form at /view answers a person: its errors are
pages (text/html, no script) with the same code, message, line, column and pointer as text, escaped.

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

from html.parser import HTMLParser

from server import Checks, Server, multipart

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


class Page(HTMLParser):
    """The text of each element with an id, and whether the page holds a script or loads anything."""

    def __init__(self, text):
        super().__init__(convert_charrefs=True)
        self.by_id, self.open, self.script, self.loads = {}, [], False, False
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.script |= tag == "script" or any(k.startswith("on") for k in attrs)
        self.loads |= tag in ("img", "link", "iframe", "object") or "src" in attrs
        if tag not in ("meta", "br", "input"):
            self.open.append(attrs.get("id"))
            if attrs.get("id"):
                self.by_id[attrs["id"]] = ""

    def handle_endtag(self, tag):
        if self.open:
            self.open.pop()

    def handle_data(self, data):
        for i in self.open:
            if i:
                self.by_id[i] += data


def main() -> int:
    egca, source = sys.argv[1], pathlib.Path(sys.argv[2])
    check = Checks()
    # In English (the messages checked below are the English ones; tests/service/lang.py checks Chinese).
    server = Server(egca, "--max-body", str(LIMIT), global_args=["--lang", "en"])

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
               "an unknown question is named", message=re.compile(r'reading: unknown question "q"'))
        expect(400, "bad_parameter", "POST", "/v1/timeline?reading=certificate_last_day=maybe", b"{}", json_h,
               "an unknown reading is named with the question's readings",
               message=re.compile(r'question "certificate_last_day" has no reading "maybe": it has anniversary'))
        expect(400, "bad_parameter", "GET",
               "/v1/deadline/decision?from=2026-03-02&reading=review_unnotified=counted&reading=review_unnotified=excluded",
               what="a question given two readings", message=re.compile(r'"review_unnotified" is given a reading twice'))
        expect(400, "bad_parameter", "GET", "/v1/deadline/decision?from=2026-03-02&reading=review_unnotified",
               what="a reading without =", message=re.compile(r"expected QUESTION=READING"))
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
        expect(400, "parse", "POST", "/v1/timeline", b'{"case_id": "a",\n  "events": [}',
               {**json_h, "Accept": "text/html"}, "asking for the picture of a body that is not JSON: JSON error",
               line=2, column=14)
        expect(400, "parse", "POST", "/v1/timeline?as_of=2026-03-20", b"[" + granted,
               {**json_h, "Accept": "text/html"}, "the picture of an array never closed: no page, the JSON error")
        expect(415, "unsupported_media_type", "POST", "/v1/timeline", granted, {"Content-Type": "text/plain"})
        expect(415, "unsupported_media_type", "POST", "/v1/assess", b"{}", {}, "no Content-Type")

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
            stderr = subprocess.run([egca, "--lang", "en", "timeline", f.name, "--as-of", "2026-03-20"], capture_output=True,
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
        _, err = expect(422, "invalid", "POST", "/v1/timeline?as_of=2026-03-20", bad_case, {**json_h, "Accept": "text/html"},
                        "asking for the picture of no valid case: the JSON error", pointer="/events/1/outcome")

        # The form's errors: a page a person reads, with the JSON error's fields as text.
        def expect_page(status_wanted, code_wanted, body, headers, what, method="POST", **fields):
            status, hdrs, data = server.request(method, "/view", body, headers)
            page = Page(data.decode("utf-8", "replace"))
            got = {k: page.by_id.get(k) for k in ("code", "message", "line", "column", "pointer", "source")}
            ok = status == status_wanted and hdrs.get("content-type") == "text/html; charset=utf-8" and \
                data.startswith(b"<!DOCTYPE html>") and got["code"] == code_wanted and got["message"] and \
                not page.script and not page.loads and "default-src 'none'" in hdrs.get("content-security-policy", "")
            for k, v in fields.items():
                ok = ok and (v.search(str(got[k])) if isinstance(v, re.Pattern) else got[k] == v)
            check(ok, f"/view {status_wanted} {code_wanted} as a page: {what}", f"{status} {got} {data[:300]!r}")
            return data

        form_h = {"Content-Type": "application/x-www-form-urlencoded"}
        expect_page(400, "bad_request", b"as_of=2026-03-20", form_h, "a form without a case",
                    message=re.compile('field "case"'), source=None)
        expect_page(415, "unsupported_media_type", granted, json_h, "a body that is no form")
        expect_page(405, "method_not_allowed", None, {}, "GET /view", method="GET")
        expect_page(400, "bad_parameter", urllib.parse.urlencode({"case": granted, "as_of": "2026-02-30"}).encode(),
                    form_h, "as_of 2026-02-30", message=re.compile("as_of"))
        expect_page(400, "parse", urllib.parse.urlencode({"case": '{"case_id": "a",\n  "events": [}'}).encode(),
                    form_h, "pasted text that is not JSON: its line and column", line="2", column="14",
                    source="粘贴的文本 / the pasted text")
        # The case the command refuses above, uploaded: the same line, column, pointer and message.
        expect_page(422, "invalid", *multipart({"case": b"", "file": ("bad.json", bad_case), "as_of": b"2026-03-20"}),
                    "an uploaded file that is no valid case: where, as the JSON error says",
                    line=str(err.get("line")), column=str(err.get("column")), pointer="/events/1/outcome",
                    message=err.get("message"), source="上传的文件 / the uploaded file")
        # What the case holds is shown as text, never as markup: the message quotes the bad value.
        hostile = bad_case.replace(b'"maybe"', b'"<script>alert(1)</script><b x=\'y\'>&amp;"')
        data = expect_page(422, "invalid", urllib.parse.urlencode({"case": hostile, "as_of": "2026-03-20"}).encode(),
                           form_h, "a value holding markup is escaped",
                           message=re.compile(re.escape("<script>alert(1)</script><b x='y'>&amp;")))
        check(b"<script" not in data and b"<b x" not in data and b"&lt;script&gt;" in data and b"&amp;amp;" in data,
              "the markup is escaped in the page's source", data[-700:])
        status, _, data = server.request("POST", "/view", b"x" * (LIMIT + 1), form_h)
        check(status == 413 and b'id="code">too_large<' in data, "/view 413 as a page", f"{status} {data[-300:]!r}")
        status, _, _ = server.request("GET", "/healthz")
        check(status == 200, "still serving after every error", status)
        # The command's own refusals, before it serves: usage (exit 2), an address in use (exit 3).
        for args, want, pattern in ((["--listen", "localhost"], 2, "--listen"),
                                    (["--listen", "127.0.0.1:65536"], 2, "--listen"),
                                    (["--listen", "example.org:80"], 2, "数字地址"),
                                    (["--max-body", "0"], 2, "--max-body"),
                                    (["--max-body", str((64 << 20) + 1)], 2, "--max-body"),
                                    (["--timeout", "0"], 2, "--timeout"),
                                    (["--verbose"], 2, "--verbose"),
                                    (["--listen", f"127.0.0.1:{server.port}"], 3, "无法在127.0.0.1:"),
                                    (["--lang", "en", "--listen", f"127.0.0.1:{server.port}"], 3,
                                     "cannot listen on 127.0.0.1:")):
            p = subprocess.run([egca, "serve", *args], capture_output=True, text=True, timeout=30)
            check(p.returncode == want and pattern in p.stderr and p.stdout == "",
                  f"egca serve {' '.join(args)}: exit {want}", f"exit {p.returncode}: {p.stderr!r}")
    finally:
        code, log = server.stop()
    check(code == 0, "SIGTERM: exit 0", f"exit {code}: {log[-2000:]}")
    return check.end()


if __name__ == "__main__":
    sys.exit(main())
