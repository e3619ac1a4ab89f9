"""Every endpoint of `egca serve` answers exactly what the command prints for the same question.

For each question the command is run (`--format json`) and the service asked; the two bodies must be equal
byte for byte: the timeline of every example case (one case posted as JSON), the same cases as an NDJSON
batch and as a JSON array (the batch's lines in input order, an unreadable line in its place), the
assessment of the example application, a deadline with a pause, calendar days (national and an office's),
the rules and the offices, and readings picked (reading=QUESTION=READING, repeatable) on a case, a batch and
a deadline, as --reading. The picture too: `Accept: text/html` on one case is `egca timeline CASE --format
html`, on a batch (NDJSON or an array) the command's page for the same lines, and the form at /view (the
case pasted, urlencoded or multipart, or uploaded as a file) gives the same page as the command. Two answers are also checked against hand-worked ones: the decision period of 20
working days from 2026-03-02 with the review of 2026-03-10..04-20 excluded ends on 2026-05-13 (README), and
2025-10-01..02 are holidays (国务院办公厅 2024-11-12 notice: 国庆节 10-01..08) while 2025-09-30 is a workday.

Usage: answers.py EGCA SOURCE_DIR
"""

import json
import pathlib
import subprocess
import sys
import tempfile
import urllib.parse

from server import Checks, Server, multipart

AS_OF = "2026-03-20"


def command(egca, *args, stdin=None):
    return subprocess.run([egca, *args], input=stdin, capture_output=True).stdout


def main() -> int:
    egca, source = sys.argv[1], pathlib.Path(sys.argv[2])
    check = Checks()
    server = Server(egca)
    try:
        cases = sorted((source / "examples").glob("case-*.json"))
        check(len(cases) >= 5, f"{len(cases)} example cases")
        for path in cases:
            want = command(egca, "timeline", str(path), "--as-of", AS_OF, "--format", "json")
            status, headers, body = server.request("POST", f"/v1/timeline?as_of={AS_OF}", path.read_bytes(),
                                                   {"Content-Type": "application/json"})
            check(status == 200 and body == want and headers.get("content-type") == "application/json",
                  f"POST /v1/timeline {path.name} = egca timeline --format json", f"{status} {body[:200]!r}")

        lines = [json.dumps(json.loads(p.read_text(encoding="utf-8")), ensure_ascii=False) for p in cases]
        ndjson = ("\n".join(lines[:3] + ["{not json"] + lines[3:]) + "\n").encode()
        # The command names its input <stdin>, the service <request>: the rest of every line is the same.
        want = command(egca, "timeline", "-", "--as-of", AS_OF, stdin=ndjson).replace(b"<stdin>", b"<request>")
        status, headers, body = server.request("POST", f"/v1/timeline?as_of={AS_OF}", ndjson,
                                               {"Content-Type": "application/x-ndjson"})
        check(status == 200 and body == want and headers.get("content-type") == "application/x-ndjson",
              "POST /v1/timeline NDJSON = egca timeline - (in order, the bad line in its place)",
              f"{status} {body[:300]!r} != {want[:300]!r}")
        check(body.count(b"\n") == len(cases) + 1 and b'{"line":4,"error":' in body,
              "one line per case, line 4 an error naming its line", body[:200])

        array = ("[" + ",\n".join(lines) + "]").encode()
        want = command(egca, "timeline", "/dev/stdin", "--as-of", AS_OF, stdin=array)
        status, _, body = server.request("POST", f"/v1/timeline?as_of={AS_OF}", array,
                                         {"Content-Type": "application/json; charset=utf-8"})
        check(status == 200 and body == want, "POST /v1/timeline JSON array = egca timeline ARRAY-FILE",
              f"{status} {body[:200]!r} != {want[:200]!r}")

        profile = source / "examples" / "application.json"
        want = command(egca, "assess", str(profile), "--format", "json")
        status, _, body = server.request("POST", "/v1/assess", profile.read_bytes(), {"Content-Type": "application/json"})
        check(status == 200 and body == want, "POST /v1/assess = egca assess --format json", f"{status} {body[:200]!r}")

        want = command(egca, "deadline", "decision", "2026-03-02", "--pause", "2026-03-10:2026-04-20", "--format", "json")
        status, _, body = server.request("GET", "/v1/deadline/decision?from=2026-03-02&pause=2026-03-10:2026-04-20")
        check(status == 200 and body == want, "GET /v1/deadline/decision = egca deadline --format json", body[:200])
        check(status == 200 and json.loads(body)["due"] == "2026-05-13", "the decision is due 2026-05-13 (by hand)",
              body[:200])
        want = command(egca, "deadline", "renewal_filing", "2026-10-03", "--policy", "later", "--format", "json")
        status, _, body = server.request("GET", "/v1/deadline/renewal_filing?from=2026-10-03&policy=later")
        check(status == 200 and body == want, "GET /v1/deadline/renewal_filing?policy=later = the command", body[:200])
        want = command(egca, "--office", "650000", "deadline", "acceptance", "2025-06-04", "--format", "json")
        status, _, body = server.request("GET", "/v1/deadline/acceptance?from=2025-06-04&office=650000")
        check(status == 200 and body == want, "GET /v1/deadline/acceptance?office=650000 = egca --office 650000",
              body[:200])

        # Readings (reading=QUESTION=READING, repeatable) as the command's --reading. Received Sat 2025-06-07:
        # read as dated the 5 working days are 06-09..06-13 (by hand), where by default they run from Mon 06-09
        # to 06-16; the default's day stays listed beside it.
        saturday = source / "tests" / "data" / "cases" / "receipt-saturday.json"
        want = command(egca, "timeline", str(saturday), "--as-of", "2025-06-09", "--reading",
                       "receipt_after_hours=as_dated", "--format", "json")
        status, _, body = server.request("POST", "/v1/timeline?as_of=2025-06-09&reading=receipt_after_hours=as_dated",
                                         saturday.read_bytes(), {"Content-Type": "application/json"})
        check(status == 200 and body == want, "POST /v1/timeline?reading= = egca timeline --reading", body[:200])
        acc = json.loads(body)["deadlines"][0] if status == 200 else {}
        check(acc.get("due") == "2025-06-13" and [(x["reading"], x["due"], x["chosen"]) for x in acc.get("readings", [])]
              == [("next_working_day", "2025-06-16", False), ("as_dated", "2025-06-13", True)],
              "read as dated: due 06-13, the default's 06-16 beside it (by hand)", acc)
        late = source / "tests" / "data" / "cases" / "readings" / "renewal-late-filing.json"
        picks = ["deemed_renewal_late_filing=not_deemed", "renewal_rest_day=later"]
        want = command(egca, "timeline", str(late), "--as-of", "2026-04-20", "--format", "json",
                       *[a for p in picks for a in ("--reading", p)])
        query = "&".join("reading=" + urllib.parse.quote(p, safe="") for p in picks)
        status, _, body = server.request("POST", f"/v1/timeline?as_of=2026-04-20&{query}", late.read_bytes(),
                                         {"Content-Type": "application/json"})
        check(status == 200 and body == want, "POST /v1/timeline with two readings = the command with two", body[:200])
        batch = (json.dumps(json.loads(late.read_text(encoding="utf-8")), ensure_ascii=False) + "\n" +
                 json.dumps(json.loads(saturday.read_text(encoding="utf-8")), ensure_ascii=False) + "\n").encode()
        want = command(egca, "timeline", "-", "--as-of", "2026-04-20", *[a for p in picks for a in ("--reading", p)],
                       stdin=batch)
        status, _, body = server.request("POST", f"/v1/timeline?as_of=2026-04-20&{query}", batch,
                                         {"Content-Type": "application/x-ndjson"})
        check(status == 200 and body == want, "an NDJSON batch with readings = egca timeline - --reading", body[:200])
        want = command(egca, "deadline", "certificate_validity", "2025-03-10", "--reading",
                       "certificate_last_day=day_before", "--format", "json")
        status, _, body = server.request(
            "GET", "/v1/deadline/certificate_validity?from=2025-03-10&reading=certificate_last_day%3Dday_before")
        check(status == 200 and body == want, "GET /v1/deadline?reading= = egca deadline --reading", body[:200])
        check(status == 200 and json.loads(body)["due"] == "2030-03-09",
              "2025-03-10 + 5 years, the day before: 2030-03-09 (by hand)", body[:200])

        want = command(egca, "calendar", "days", "2025-09-30", "2025-10-02", "--format", "json")
        status, _, body = server.request("GET", "/v1/calendar/days?from=2025-09-30&to=2025-10-02")
        check(status == 200 and body == want, "GET /v1/calendar/days = egca calendar days --format json", body[:200])
        kinds = [d["kind"] for d in json.loads(body)["days"]] if status == 200 else []
        check(kinds == ["workday", "holiday", "holiday"], "2025-09-30 workday, 10-01 and 10-02 holidays (by hand)",
              kinds)
        want = command(egca, "--office", "450000", "calendar", "days", "2026-04-01", "2026-04-30", "--format", "json")
        status, _, body = server.request("GET", "/v1/calendar/days?from=2026-04-01&to=2026-04-30&office=450000")
        check(status == 200 and body == want, "GET /v1/calendar/days?office=450000 = egca --office 450000", body[:200])

        for path, args in (("/v1/rules", ["rules", "list"]), ("/v1/offices", ["offices"])):
            want = command(egca, *args, "--format", "json")
            status, _, body = server.request("GET", path)
            check(status == 200 and body == want, f"GET {path} = egca {' '.join(args)} --format json", body[:200])
        status, _, body = server.request("HEAD", "/v1/rules")
        check(status == 200 and body == b"", "HEAD /v1/rules: 200, no body", body[:100])

        version = command(egca, "--version").decode().split()[1]
        status, _, body = server.request("GET", "/healthz")
        check(status == 200 and json.loads(body) == {"status": "ok", "version": version}, "GET /healthz", body)

        status, headers, body = server.request("GET", "/")
        page = body.decode("utf-8", "replace")
        check(status == 200 and headers.get("content-type", "").startswith("text/html") and
              '<form method="post" action="/view" enctype="multipart/form-data">' in page and
              'name="case"' in page and 'name="file"' in page and "<script" not in page and "http" not in
              page.replace("http-equiv", ""), "GET /: a form posting a case to /view, no script, nothing fetched",
              page[:200])
        check("default-src 'none'" in headers.get("content-security-policy", ""),
              "GET /: its policy lets it load nothing", headers)
    finally:
        code, log = server.stop()
    check(code == 0, "SIGTERM: exit 0", f"exit {code}: {log[-2000:]}")
    requests = [line for line in log.splitlines() if line.startswith(("GET ", "POST ", "HEAD "))]
    check(len(requests) == len(cases) + 17, f"one log line per request ({len(requests)})", log[-1000:])
    check(all(len(line.split()) >= 5 and line.split()[2].isdigit() and line.endswith(" ms") for line in requests),
          "each log line: method, path, status, time", requests[:3])

    # A case naming its acceptance office counts the acceptance on that office's calendar, as the command
    # does: 新疆 (650000) closes 2025-06-06..10 for 古尔邦节 (office.t), so 5 working days from 2025-06-04 end
    # on 06-16 (06-05, 11, 12, 13, 16), where the national calendar gives 06-11.
    office_case = b'{"case_id": "XJ-1", "office": "650000", "events": [{"type": "received", "date": "2025-06-04"}]}'
    with tempfile.NamedTemporaryFile(suffix=".json") as f:
        f.write(office_case)
        f.flush()
        want = command(egca, "timeline", f.name, "--as-of", "2025-06-05", "--format", "json")
        # The same case in a batch (NDJSON) takes its office's calendar too, as `egca timeline -` does.
        want_line = subprocess.run([egca, "timeline", "-", "--as-of", "2025-06-05"], input=office_case + b"\n",
                                   capture_output=True).stdout
        server = Server(egca)
        try:
            status, _, body = server.request("POST", "/v1/timeline?as_of=2025-06-05", office_case,
                                             {"Content-Type": "application/json"})
            status_line, _, line = server.request("POST", "/v1/timeline?as_of=2025-06-05", office_case + b"\n",
                                                  {"Content-Type": "application/x-ndjson"})
        finally:
            code, _ = server.stop()
        check(status == 200 and body == want, "a case naming office 650000 = the command's", body[:200])
        check(status_line == 200 and line == want_line and b'"due":"2025-06-16"' in line,
              "the case in an NDJSON batch = egca timeline -, its acceptance due 2025-06-16", line[:300])
        due = [d["due"] for d in json.loads(body)["deadlines"] if d["rule"] == "acceptance"] if status == 200 else []
        check(due == ["2025-06-16"], "its acceptance is due 2025-06-16 (by hand, 新疆's 古尔邦节)", due)
        # A server started for another office counts every case on that office's calendar, as the command
        # with --office does: this case is refused (422, /office), and so is a question about 650000.
        p = subprocess.run([egca, "--office", "450000", "timeline", f.name, "--as-of", "2025-06-05"],
                           capture_output=True, text=True)
    server = Server(egca, global_args=["--office", "450000"])
    try:
        status, _, body = server.request("POST", "/v1/timeline?as_of=2025-06-05", office_case,
                                         {"Content-Type": "application/json"})
        err = json.loads(body).get("error", {}) if status != 200 else {}
        check(status == 422 and err.get("pointer") == "/office" and p.returncode == 3 and err.get("message", "?") in p.stderr,
              "a server for office 450000 refuses the 650000 case as egca --office 450000 does",
              f"{status} {body[:200]!r} / {p.returncode} {p.stderr!r}")
        want = command(egca, "--office", "450000", "calendar", "days", "2026-04-01", "2026-04-30", "--format", "json")
        status, _, body = server.request("GET", "/v1/calendar/days?from=2026-04-01&to=2026-04-30")
        check(status == 200 and body == want, "a server for office 450000: its days without office=", body[:100])
        status, _, body = server.request("GET", "/v1/calendar/days?from=2026-04-01&to=2026-04-30&office=650000")
        check(status == 400 and b"office" in body, "a server for office 450000 refuses office=650000", body[:200])
    finally:
        code2, _ = server.stop()
    check(code == 0 and code2 == 0, "SIGTERM: exit 0, both servers")
    pictures(egca, source, check)
    return check.end()


def pictures(egca, source, check):
    """The service's pictures are the command's, byte for byte."""
    html_h = {"Content-Type": "application/json", "Accept": "text/html"}
    cases = sorted((source / "examples").glob("case-*.json"))
    server = Server(egca)
    try:
        for path in cases:
            want = command(egca, "timeline", str(path), "--as-of", AS_OF, "--format", "html")
            status, headers, body = server.request("POST", f"/v1/timeline?as_of={AS_OF}", path.read_bytes(), html_h)
            check(status == 200 and body == want and want.startswith(b"<!DOCTYPE html>") and
                  headers.get("content-type") == "text/html; charset=utf-8",
                  f"Accept: text/html, {path.name} = egca timeline --format html", f"{status} {body[:200]!r}")
        granted = (source / "examples" / "case-granted.json").read_bytes()
        status, headers, body = server.request("POST", f"/v1/timeline?as_of={AS_OF}", granted,
                                               {**html_h, "Accept": "text/html, application/json"})
        check(status == 200 and headers.get("content-type") == "application/json" and body.startswith(b"{"),
              "Accept naming application/json too: JSON", f"{status} {headers}")

        lines = [json.dumps(json.loads(p.read_text(encoding="utf-8")), ensure_ascii=False) for p in cases]
        ndjson = ("\n".join(lines[:2] + ["{not json"] + lines[2:]) + "\n").encode()
        # The command names its input <stdin>, the service <request> (in the bad line's row, escaped).
        want = command(egca, "timeline", "-", "--as-of", AS_OF, "--format", "html",
                       stdin=ndjson).replace(b"&lt;stdin&gt;", b"&lt;request&gt;")
        status, headers, body = server.request("POST", f"/v1/timeline?as_of={AS_OF}", ndjson,
                                               {"Content-Type": "application/x-ndjson", "Accept": "text/html"})
        check(status == 200 and body == want and headers.get("content-type") == "text/html; charset=utf-8",
              "Accept: text/html on NDJSON = egca timeline - --format html (the bad line a row)",
              f"{status} {body[:300]!r}")
        check("第3行".encode() in body and b"&lt;request&gt;:3:" in body and body.count(b'class="error"') == 1,
              "the batch page names line 3 as unreadable, once", body[:200])
        array = ("[" + ",\n".join(lines) + "]").encode()
        want = command(egca, "timeline", "/dev/stdin", "--as-of", AS_OF, "--format", "html", stdin=array)
        status, _, body = server.request("POST", f"/v1/timeline?as_of={AS_OF}", array, html_h)
        check(status == 200 and body == want, "Accept: text/html on an array = the command's page", body[:200])

        want = command(egca, "timeline", str(source / "examples" / "case-granted.json"), "--as-of", AS_OF,
                       "--format", "html")
        renewal = (source / "examples" / "case-renewal.json").read_bytes()
        forms = {
            "pasted, urlencoded": (urllib.parse.urlencode({"case": granted, "as_of": AS_OF}).encode(),
                                   {"Content-Type": "application/x-www-form-urlencoded"}),
            "pasted, multipart": multipart({"case": granted, "file": ("", b""), "as_of": AS_OF.encode()}),
            "uploaded": multipart({"case": b"", "file": ("case-granted.json", granted), "as_of": AS_OF.encode()}),
            "uploaded, over other pasted text": multipart({"case": renewal, "file": ("g.json", granted),
                                                           "as_of": AS_OF.encode()}),
        }
        for what, (body, headers) in forms.items():
            status, hdrs, page = server.request("POST", "/view", body, headers)
            check(status == 200 and page == want and hdrs.get("content-type") == "text/html; charset=utf-8" and
                  "default-src 'none'" in hdrs.get("content-security-policy", ""),
                  f"/view, the case {what} = egca timeline --format html", f"{status} {page[:200]!r}")
    finally:
        code, _ = server.stop()
    check(code == 0, "SIGTERM: exit 0 (pictures)")

    # A case naming its acceptance office is drawn over that office's days, as the command draws it: 新疆
    # (650000) rests 2025-06-06..10 (古尔邦节), so its acceptance from 2025-06-04 is due 2025-06-16 (above).
    office_case = b'{"case_id": "XJ-1", "office": "650000", "events": [{"type": "received", "date": "2025-06-04"}]}'
    with tempfile.NamedTemporaryFile(suffix=".json") as f:
        f.write(office_case)
        f.flush()
        want = command(egca, "timeline", f.name, "--as-of", "2025-06-05", "--format", "html")
    server = Server(egca)
    try:
        status, _, body = server.request("POST", "/v1/timeline?as_of=2025-06-05", office_case, html_h)
    finally:
        code, _ = server.stop()
    check(status == 200 and body == want and b"2025-06-16" in body,
          "the 650000 case's picture = the command's, due 2025-06-16", f"{status} {body[:200]!r}")


if __name__ == "__main__":
    sys.exit(main())
