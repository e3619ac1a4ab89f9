"""--format html: the pictures of a timeline, of a batch and of a calendar year, checked without a browser.

Every page must parse as XML (well-formed XHTML), carry a Content-Security-Policy that forbids every fetch,
hold no script and refer to nothing outside itself. A timeline page is checked against the same case's
JSON answer (computed by the same command, whose dates the golden files of tests/data/cases/golden fix):
one lane and one table row per deadline instance, each with its anchor, due date and status as text and
as data attributes; every finding's message in the list and in a mark's SVG <title>. Text from the case
is escaped: a case id that tries to close the page's elements (</script><img onerror=...>) comes back as
text, and no element it names appears. The year view is checked against the State Council's notice for
2026 (国务院办公厅关于2026年部分节假日安排的通知: 春节 02-15..02-23, 9 days, with 02-14 and 02-28 worked;
国庆节、中秋节 10-01..10-07, with 09-20 and 10-10 worked) and day by day against `egca calendar days`.

Usage: html_output.py EGCA SOURCE_DIR
"""

import json
import pathlib
import subprocess
import sys
import tempfile
import unicodedata
import xml.etree.ElementTree as ET

NS = {"h": "http://www.w3.org/1999/xhtml", "s": "http://www.w3.org/2000/svg"}
H = "{http://www.w3.org/1999/xhtml}"
S = "{http://www.w3.org/2000/svg}"
failures = 0
checks = 0


def check(ok, what):
    global failures, checks
    checks += 1
    if not ok:
        failures += 1
        print(f"FAIL {what}")


def run(egca, *args, code=0, stdin=None):
    p = subprocess.run([egca, *args], capture_output=True, input=stdin, timeout=120)
    check(p.returncode == code, f"egca {' '.join(args)}: exit {p.returncode}, expected {code}; "
                                f"stderr {p.stderr.decode(errors='replace')!r}")
    return p


def text_of(e):
    return "".join(e.itertext())


def parse_page(html, what):
    """The page's root, after the checks every page must pass (None when it is not well-formed)."""
    try:
        root = ET.fromstring(html)
    except ET.ParseError as e:
        check(False, f"{what}: not well-formed XHTML: {e}")
        return None
    check(root.tag == H + "html", f"{what}: root element is {root.tag}")
    metas = root.findall(".//h:meta", NS)
    csp = [m.get("content") for m in metas if m.get("http-equiv") == "Content-Security-Policy"]
    check(len(csp) == 1 and "default-src 'none'" in csp[0] and "script" not in csp[0],
          f"{what}: a CSP forbidding every fetch: {csp}")
    check(any(m.get("charset") == "utf-8" for m in metas), f"{what}: declares utf-8")
    ids = [e.get("id") for e in root.iter() if e.get("id") is not None]
    check(len(ids) == len(set(ids)), f"{what}: ids are unique ({len(ids) - len(set(ids))} repeated)")
    for e in root.iter():
        local = e.tag.split("}")[-1]
        check(local not in ("script", "img", "iframe", "object", "embed", "link", "image", "use", "foreignObject"),
              f"{what}: element {local} (pages fetch nothing and run nothing)")
        for name, value in e.attrib.items():
            check(not name.lower().startswith("on"), f"{what}: event handler attribute {name}")
            if name in ("href", "src", "{http://www.w3.org/1999/xlink}href"):
                check(value.startswith("#") and value[1:] in ids, f"{what}: {name}={value!r} points outside the page")
            if value.startswith("url("):
                check(value[5:-1] in ids, f"{what}: {name}={value!r} names no element of the page")
    return root


def check_timeline(egca, case_path, as_of, what, lang="zh"):
    """With lang "en" (--lang en) the page must be in English: its lang attribute, its words, no Chinese character
    left (the examples' own texts are ASCII), and the JSON's English titles, citations and messages in it."""
    opts = ["--lang", lang]
    p = subprocess.run([egca, *opts, "timeline", str(case_path), "--as-of", as_of, "--format", "json"], capture_output=True)
    js = json.loads(p.stdout)
    p = subprocess.run([egca, *opts, "timeline", str(case_path), "--as-of", as_of, "--format", "html"], capture_output=True)
    check(p.returncode == (0 if js["clean"] else 1), f"{what}: html exit {p.returncode} as json's verdict")
    root = parse_page(p.stdout, what)
    if root is None:
        return
    page = p.stdout.decode()
    want_lang = "en" if lang == "en" else "zh-CN"
    check(root.get("lang") == want_lang, f"{what}: lang attribute {root.get('lang')!r}, expected {want_lang!r}")
    if lang == "en":
        cjk = [c for c in page if "\u4e00" <= c <= "\u9fff"]
        check(not cjk, f"{what}: Chinese left in the English page: {''.join(cjk[:40])!r}")
        for words in ("<h2>Time limits</h2>", "<th>Due date</th>", "<th>Basis</th>", "<h2>Findings</h2>", "Verdict: "):
            check(words in page, f"{what}: the English page says {words!r}")
        for d in js["deadlines"]:
            check(d["title"] in page, f"{what}: the English title {d['title']!r} in the page")
    lanes = [g for g in root.iter(S + "g") if "lane" in (g.get("class") or "").split()]
    rows = root.findall(".//h:tr[@class]", NS)
    rows = [r for r in rows if r.get("class").startswith("deadline ")]
    check(len(lanes) == len(js["deadlines"]), f"{what}: {len(lanes)} lanes for {len(js['deadlines'])} instances")
    check(len(rows) == len(js["deadlines"]), f"{what}: {len(rows)} rows for {len(js['deadlines'])} instances")
    for i, (d, lane, row) in enumerate(zip(js["deadlines"], lanes, rows)):
        due = d["due"] or "-"
        check(lane.get("data-rule") == d["rule"] and lane.get("data-status") == d["status"] and
              lane.get("data-anchor") == d["anchor"] and lane.get("data-due") == due,
              f"{what}: lane {i + 1} {lane.attrib} against {d['rule']} {d['status']} {d['anchor']} {due}")
        cells = {td.get("class"): text_of(td) for td in row.findall("h:td", NS)}
        check(cells.get("anchor") == d["anchor"], f"{what}: row {i + 1} anchor {cells.get('anchor')!r}")
        if d["due"] is not None:
            check(cells.get("due", "").startswith(d["due"]), f"{what}: row {i + 1} due {cells.get('due')!r} != {d['due']}")
        elif d["nominal"] is not None:
            check(d["nominal"] in cells.get("due", ""), f"{what}: row {i + 1} names the nominal day {d['nominal']}")
        check(d["status"] in cells.get("status", ""), f"{what}: row {i + 1} status {cells.get('status')!r}")
        if d["met_on"] is not None:
            check(d["met_on"] in text_of(row), f"{what}: row {i + 1} names the answer's day {d['met_on']}")
        for b in d["basis"]:
            check(b in cells.get("basis", ""), f"{what}: row {i + 1} cites {b}")
        # The lane's own text and hover title carry its dates too.
        check(d["anchor"] in text_of(lane), f"{what}: lane {i + 1} shows its anchor as text")
        if d["due"] is not None:
            check(d["due"] in text_of(lane), f"{what}: lane {i + 1} shows its due date as text")
    items = root.findall(".//h:ol[@class='findings']/h:li", NS)
    marks = [g for g in root.iter(S + "g") if (g.get("class") or "").startswith("finding")]
    check(len(items) == len(js["findings"]), f"{what}: {len(items)} findings listed for {len(js['findings'])}")
    check(len(marks) == len(js["findings"]), f"{what}: {len(marks)} finding marks for {len(js['findings'])}")
    for f, item, mark in zip(js["findings"], items, marks):
        check(f["message"] in text_of(item) and f["code"] in text_of(item), f"{what}: finding {f['code']} listed")
        title = mark.find("s:title", NS)
        check(title is not None and f["message"] in title.text, f"{what}: finding {f['code']} on hover")
        marked = "[violation]" if lang == "en" else "违反"
        check((marked in text_of(item)) == f["violation"], f"{what}: finding {f['code']} marked as violation or not")
    as_of_marks = [g for g in root.iter(S + "g") if g.get("class") == "as-of"]
    check(len(as_of_marks) == 1 and as_of in text_of(as_of_marks[0]), f"{what}: the as-of line is drawn")


def display_width(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def main() -> int:
    egca, source = sys.argv[1], pathlib.Path(sys.argv[2])
    golden = source / "tests" / "data" / "cases" / "golden"
    cases = sorted({p.name.split(".")[0] + "." + p.name.split(".")[1] for p in golden.glob("*.json")})
    for name in cases:
        case, as_of = name.split(".")
        check_timeline(egca, source / "examples" / f"{case}.json", as_of, f"{case} as of {as_of}")
        check_timeline(egca, source / "examples" / f"{case}.json", as_of, f"{case} as of {as_of} in English", "en")

    # A pause: BJ-2026-004's decision stops during the review 2026-03-10..04-20 (行政许可法 第四十五条).
    p = run(egca, "timeline", str(source / "examples" / "case-late-decision.json"), "--as-of", "2026-06-10",
            "--format", "html", code=1)
    root = parse_page(p.stdout, "late decision")
    if root is not None:
        decision = [g for g in root.iter(S + "g") if g.get("data-rule") == "decision"]
        pauses = [g for g in decision[0].iter(S + "g") if g.get("class") == "pause"] if decision else []
        check(len(pauses) == 1 and "2026-03-10 至 2026-04-20" in text_of(pauses[0]),
              f"late decision: the review is a gap in the decision's lane: {[text_of(x) for x in pauses]}")
        bars = [r for r in decision[0].iter(S + "rect") if r.get("class") == "bar"] if decision else []
        check(len(bars) == 2, f"late decision: the decision's bar is cut in two by the review ({len(bars)} pieces)")

    # Hostile text from the case: escaped, never markup.
    hostile = '</script><img src=x onerror="alert(1)">&amp;\'\u0001\u202e'
    with tempfile.TemporaryDirectory() as tmp:
        path = pathlib.Path(tmp) / "hostile.json"
        path.write_text(json.dumps({"case_id": hostile, "events": [
            {"type": "certificate_issued", "date": "2025-03-18"},
            {"type": "change_occurred", "date": "2026-03-03", "ref": "<b>x</b>", "what": "<i>y</i>"}]},
            ensure_ascii=False), encoding="utf-8")
        p = subprocess.run([egca, "timeline", str(path), "--as-of", "2026-03-05", "--format", "html"],
                           capture_output=True)
        root = parse_page(p.stdout, "hostile case id")
        check(p.returncode == 0, f"hostile case: exit {p.returncode}: {p.stderr!r}")
        if root is not None:
            # The change's ref is drawn on its lane and in its row, as text.
            check(any("<b>x</b>" in text_of(r) for r in root.findall(".//h:tr", NS)), "hostile ref: in the table as text")
            h1 = root.find(".//h:h1", NS)
            # The one character XML cannot hold (U+0001) becomes U+FFFD; the rest comes back as written.
            expected = hostile.replace("\u0001", "\ufffd")
            check(h1 is not None and expected in text_of(h1), f"hostile case id: shown as text: {text_of(h1)!r}")
            title = root.find(".//h:title", NS)
            check(expected in title.text, "hostile case id: in the page's title as text")
        check(b"<img" not in p.stdout and b"<b>" not in p.stdout and b"<i>" not in p.stdout,
              "hostile case id: no markup from the case in the page")

        # A batch: one row per case, its worst status, linking to its section; an unreadable case is a row.
        lines = [json.dumps({"case_id": "LATE", "events": [{"type": "received", "date": "2025-09-30"}]}),
                 "{not json",
                 json.dumps({"case_id": hostile, "events": [{"type": "received", "date": "2026-06-01"},
                                                            {"type": "accepted", "date": "2026-06-03"}]})]
        p = run(egca, "timeline", "-", "--as-of", "2026-06-10", "--format", "html",
                stdin=("\n".join(lines) + "\n").encode(), code=3)
        root = parse_page(p.stdout, "batch")
        if root is not None:
            rows = root.findall(".//h:table[@class='summary']/h:tbody/h:tr", NS)
            check(len(rows) == 3, f"batch: {len(rows)} summary rows for 3 cases")
            sections = {s.get("id") for s in root.findall(".//h:section", NS)}
            links = [a.get("href") for a in root.findall(".//h:table[@class='summary']//h:a", NS)]
            check(links == ["#case-1", "#case-3"] and all(l[1:] in sections for l in links),
                  f"batch: links {links} to sections {sections}")
            # LATE: received 2025-09-30 with no answer: by 2026-06-10 the acceptance period has run out and
            # the law deems it accepted (行政许可法 第三十二条), the decision period is overdue: worst overdue.
            check("overdue" in text_of(rows[0]), f"batch: LATE's worst status is overdue: {text_of(rows[0])!r}")
            check("第2行" in text_of(rows[1]), f"batch: the unreadable case names its line: {text_of(rows[1])!r}")
            # The hostile one: accepted 06-03 in time, the decision still pending: worst pending.
            check("pending" in text_of(rows[2]) and hostile.replace("\u0001", "\ufffd") in text_of(rows[2]),
                  f"batch: third case pending, its id as text: {text_of(rows[2])!r}")
        # The same batch in English: the page's own words and its lang attribute, each case's section too.
        p = run(egca, "--lang", "en", "timeline", "-", "--as-of", "2026-06-10", "--format", "html",
                stdin=("\n".join(lines) + "\n").encode(), code=3)
        root = parse_page(p.stdout, "batch in English")
        if root is not None:
            check(root.get("lang") == "en", f"batch in English: lang {root.get('lang')!r}")
            h1 = root.find(".//h:h1", NS)
            check(h1 is not None and text_of(h1) == "Time limits: 3 cases", f"batch in English: h1 {text_of(h1)!r}")
            heads = [text_of(th) for th in root.findall(".//h:table[@class='summary']/h:thead//h:th", NS)]
            check(heads == ["#", "Case", "As of", "Worst status", "Verdict", "Findings"], f"batch in English: {heads}")
            rows = root.findall(".//h:table[@class='summary']/h:tbody/h:tr", NS)
            check(len(rows) == 3 and "cannot be read or computed" in text_of(rows[1]),
                  f"batch in English: the unreadable case's row: {[text_of(r) for r in rows]}")
            check(len(rows) == 3 and "overdue or in violation" in text_of(rows[0]),
                  f"batch in English: LATE's verdict: {[text_of(r) for r in rows]}")
        p = run(egca, "timeline", str(source / "tests" / "data" / "cases" / "batch" / "cases.json"), "--as-of",
                "2026-06-10", "--format", "html", code=3)
        check(parse_page(p.stdout, "batch file") is not None, "a file holding an array gives one page")

    # The year.
    p = run(egca, "calendar", "year", "2026")
    out = p.stdout.decode()
    check(max(display_width(l) for l in out.splitlines()) <= 80, "calendar year fits 80 columns")
    # One line a day: date, kind, then the day's name (empty for an ordinary day), tab-separated.
    # (--lang en: the kind column is the kind's JSON name.)
    days = run(egca, "--lang", "en", "calendar", "days", "2026-01-01", "2026-12-31").stdout.decode().splitlines()
    kinds = dict(line.split("\t")[:2] for line in days)
    check(len(kinds) == 365, f"calendar days 2026: {len(kinds)} days")
    # Read the grid back: each block of three months, each cell "DD" and a mark.
    marks = {}
    lines = out.splitlines()
    for i, line in enumerate(lines):
        if line.startswith("2026-") and "月" in line:
            months = [int(t.split("-")[1]) for t in line.split() if t.startswith("2026-")]
            for row in lines[i + 2:i + 8]:
                if not row.strip():
                    break
                for k, month in enumerate(months):
                    part = row[k * 24:k * 24 + 21].ljust(21)
                    for col in range(7):
                        cell = part[col * 3:col * 3 + 3]
                        if cell.strip():
                            marks[f"2026-{month:02d}-{int(cell[:2]):02d}"] = cell[2]
    check(len(marks) == 365, f"calendar year 2026: {len(marks)} days read back from the grid")
    want = {"holiday": "*", "adjusted_workday": "+", "workday": " ", "weekend": " "}
    wrong = [d for d, k in kinds.items() if marks.get(d) != want[k]]
    check(not wrong, f"calendar year 2026: marks differ from calendar days on {wrong[:5]}")
    notice = {"2026-02-14": "+", "2026-02-15": "*", "2026-02-23": "*", "2026-02-24": " ", "2026-02-28": "+",
              "2026-09-20": "+", "2026-10-01": "*", "2026-10-07": "*", "2026-10-08": " ", "2026-10-10": "+"}
    check(all(marks.get(d) == m for d, m in notice.items()), "calendar year 2026: the notice's days as marked")

    js = json.loads(run(egca, "calendar", "year", "2024", "--format", "json").stdout)
    check(js["year"] == 2024 and len(js["days"]) == 366 and js["coverage"] == "confirmed" and not js["provisional"],
          "calendar year 2024 json: 366 days, confirmed")
    js = json.loads(run(egca, "calendar", "year", "2026", "--format", "json").stdout)
    check({d["date"]: d["kind"] for d in js["days"]} == kinds, "calendar year json = calendar days")

    p = run(egca, "calendar", "year", "2026", "--format", "html")
    root = parse_page(p.stdout, "year 2026")
    if root is not None:
        cells = {td.get("data-date"): td for td in root.iter(H + "td") if td.get("data-date")}
        check(len(cells) == 365, f"year page: {len(cells)} days")
        check(all(cells[d].get("class").split()[0] == "k-" + k for d, k in kinds.items() if d in cells),
              "year page: every day's class is its kind")
        check(all(("休" in text_of(cells[d])) == (k == "holiday") and ("班" in text_of(cells[d])) == (k == "adjusted_workday")
                  for d, k in kinds.items() if d in cells), "year page: 休 and 班 as in the month grid")
        # The runs and the days are named as 国务院办公厅关于2026年部分节假日安排的通知 (2025-11-04) names them;
        # a make-up day by the holiday it serves.
        items = root.findall(".//h:ul[@class='runs']/h:li", NS)
        runs = [text_of(li) for li in items]
        check("2026-02-15 至 2026-02-23 法定节假日（春节），9 日" in runs and
              "2026-10-01 至 2026-10-07 法定节假日（国庆节），7 日" in runs and "2026-10-10 调休上班（国庆节），1 日" in runs,
              f"year page: the notice's runs as text, named: {runs}")
        check(all(li.get("title") == "国务院办公厅关于2026年部分节假日安排的通知（2025-11-04）" for li in items),
              "year page: each run's title names its notice")
        check(cells["2026-02-14"].get("title") == "2026-02-14 调休上班（春节）" and
              cells["2026-02-15"].get("title") == "2026-02-15 法定节假日（春节）" and
              cells["2026-02-24"].get("title") == "2026-02-24 工作日", "year page: a day's title names its holiday")

    # A tentative year (the fixture's 2083) is drawn and marked; --strict refuses it; no data is an error.
    fixture = str(source / "tests" / "data" / "calendars")
    p = run(egca, "--holidays", fixture, "calendar", "year", "2083", "--format", "html")
    check("暂定".encode() in p.stderr, "a tentative year warns on stderr")
    root = parse_page(p.stdout, "year 2083")
    if root is not None:
        check(all("provisional" in td.get("class") for td in root.iter(H + "td") if td.get("data-date")),
              "year 2083: every day provisional")
    p = run(egca, "--holidays", fixture, "--strict", "calendar", "year", "2083", "--format", "html", code=4)
    check(p.stdout == b"", "--strict: nothing on stdout")
    p = run(egca, "--holidays", fixture, "calendar", "year", "2090", code=4)
    check(p.stdout == b"" and b"2090" in p.stderr, f"an uncovered year is an error: {p.stderr!r}")
    run(egca, "calendar", "year", "26", code=2)
    run(egca, "calendar", "month", "2026-01", "--format", "html", code=2)

    print(f"{checks - failures} passed, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
