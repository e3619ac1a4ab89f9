"""The pictures in a real browser: each example case's page (at the as-of date of its golden files), a
batch page and a year page, loaded in headless Chromium.

For each page: no console error (a Content-Security-Policy violation is one), no network request beyond
the page itself, every deadline instance drawn as a lane with a visible bar, the due-date marks ordered on
the axis as their dates are (a later due date further right, the as-of line between them as its date
is), every instance's due date visible in the table, the finding marks inside the picture; the batch's
links lead to the cases' sections; the year has 365 day cells, holidays and make-up days coloured apart;
a timeline prints on A4 landscape (the PDF's page is 297 x 210 mm). Screenshots are written under the
build directory (tests/browser/screenshots/) for a person to look at. The harness is first shown a page
that does fetch, so that a request it failed to see would fail this test.

Skips (exit 77, with the reason) when Chromium, chromedriver or Selenium is missing.
Usage: test_pages.py EGCA SOURCE_DIR OUT_DIR
"""

import json
import pathlib
import re
import subprocess
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import egca_browser  # noqa: E402

failures = 0
checks = 0


def check(ok, what):
    global failures, checks
    checks += 1
    if not ok:
        failures += 1
        print(f"FAIL {what}")
    return ok


def egca_out(egca, *args, stdin=None):
    p = subprocess.run([egca, *args], capture_output=True, input=stdin, timeout=120)
    check(p.returncode in (0, 1, 3), f"egca {' '.join(args)}: exit {p.returncode}: {p.stderr!r}")
    return p.stdout


def check_clean_load(page, what):
    check(not page.errors, f"{what}: console errors {page.errors}")
    check(not page.requests, f"{what}: network requests {page.requests}")


def check_timeline_page(b, egca, case, as_of, out):
    what = f"{case.stem} as of {as_of}"
    js = json.loads(egca_out(egca, "timeline", str(case), "--as-of", as_of, "--format", "json"))
    path = out / "pages" / f"{case.stem}.{as_of}.html"
    path.write_bytes(egca_out(egca, "timeline", str(case), "--as-of", as_of, "--format", "html"))
    page = b.load(path.resolve().as_uri())
    check_clean_load(page, what)
    check_timeline_dom(b, js, as_of, what)
    b.screenshot(str(out / "screenshots" / f"{case.stem}.png"))
    return js


def check_timeline_dom(b, js, as_of, what):
    """The page loaded in `b` draws the timeline `js` (the command's JSON of the same case): a lane with a
    visible bar per instance, the due marks and the as-of line in date order inside the picture, the
    finding marks inside it, every due date shown in the table."""
    lanes = b.query_all("svg g.lane")
    check(len(lanes) == len(js["deadlines"]), f"{what}: {len(lanes)} lanes for {len(js['deadlines'])} instances")
    svg = b.script("return document.querySelector('svg.timeline').getBoundingClientRect().toJSON()")
    marks = []  # (date, x) of every due mark and of the as-of line
    for lane, d in zip(lanes, js["deadlines"]):
        bars = lane.find_elements("css selector", "rect.bar")
        widths = [bar.rect["width"] for bar in bars]
        check(bars and all(w > 0 for w in widths), f"{what}: {d['rule']} has a visible bar ({widths})")
        due = lane.find_elements("css selector", "line.due")
        if d["due"] is not None:
            if check(len(due) == 1, f"{what}: {d['rule']} has a due mark"):
                r = due[0].rect
                x = r["x"] + r["width"] / 2
                check(svg["left"] <= x <= svg["right"], f"{what}: {d['rule']}'s due mark inside the picture")
                # The mark stands at the end of the due day: order it by the next day.
                marks.append((d["due"], 1, x))
        label = lane.find_elements("css selector", "text.small")
        check(label and label[0].rect["x"] + label[0].rect["width"] <= svg["right"] + 1,
              f"{what}: {d['rule']}'s label stays inside the picture")
    as_of_line = b.query_all("svg g.as-of line")
    if check(len(as_of_line) == 1, f"{what}: one as-of line"):
        r = as_of_line[0].rect
        marks.append((as_of, 0, r["x"] + r["width"] / 2))
    marks.sort()
    xs = [x for _, _, x in marks]
    check(all(a <= b_ + 0.6 for a, b_ in zip(xs, xs[1:])),
          f"{what}: due marks and the as-of line stand in date order on the axis: {marks}")
    for f in b.query_all("svg g.finding circle"):
        check(svg["left"] <= f.rect["x"] <= svg["right"], f"{what}: finding mark inside the picture")
    cells = [c.text for c in b.query_all("table.deadlines td.due")]
    for d, cell in zip(js["deadlines"], cells):
        check((d["due"] or d["nominal"] or "未定") in cell, f"{what}: {d['rule']}'s due date shown: {cell!r}")
    check(all(c.is_displayed() for c in b.query_all("table.deadlines td.due")), f"{what}: due dates visible")


def main() -> int:
    egca, source, out = sys.argv[1], pathlib.Path(sys.argv[2]), pathlib.Path(sys.argv[3])
    reason = egca_browser.skip_reason()
    if reason:
        print(f"SKIP {reason}")
        return egca_browser.SKIP
    (out / "pages").mkdir(parents=True, exist_ok=True)
    (out / "screenshots").mkdir(parents=True, exist_ok=True)
    golden = source / "tests" / "data" / "cases" / "golden"
    cases = sorted({tuple(p.name.split(".")[:2]) for p in golden.glob("*.json")})
    with egca_browser.Browser() as b:
        # The harness itself: a page without a policy that fetches from loopback (port 9, where nothing
        # listens) and logs an error must be seen doing both.
        control = out / "pages" / "control.html"
        control.write_text("<!DOCTYPE html><html><body><img src='http://127.0.0.1:9/x.png' alt='' />"
                           "<p>control</p></body></html>", encoding="utf-8")
        page = b.load(control.resolve().as_uri())
        check(any("127.0.0.1:9" in r for r in page.requests), f"harness: sees a page's request ({page.requests})")
        check(page.errors, "harness: sees a console error (the failed load)")

        for stem, as_of in cases:
            check_timeline_page(b, egca, source / "examples" / f"{stem}.json", as_of, out)

        # Printed: A4 landscape, 297 x 210 mm = 841.9 x 595.3 points.
        page = b.load((out / "pages" / "case-late-decision.2026-06-10.html").resolve().as_uri())
        pdf = b.print_pdf(str(out / "screenshots" / "case-late-decision.pdf"))
        boxes = re.findall(rb"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]", pdf)
        check(boxes and all(abs(float(w) - 841.9) < 2 and abs(float(h) - 595.3) < 2 for w, h in boxes),
              f"prints on A4 landscape: {boxes[:3]}")

        # A batch: one row per case, its worst status, links to the sections.
        ndjson = b"".join(json.dumps(json.loads(p.read_bytes()), ensure_ascii=False).encode() + b"\n"
                          for p in sorted((source / "examples").glob("case-*.json")))
        path = out / "pages" / "batch.html"
        path.write_bytes(egca_out(egca, "timeline", "-", "--as-of", "2026-06-10", "--format", "html", stdin=ndjson))
        page = b.load(path.resolve().as_uri())
        check_clean_load(page, "batch")
        rows = b.query_all("table.summary tbody tr")
        count = ndjson.count(b"\n")
        check(len(rows) == count, f"batch: {len(rows)} rows for {count} cases")
        links = b.query_all("table.summary a")
        b.screenshot(str(out / "screenshots" / "batch.png"))
        if check(len(links) == len(rows), "batch: every row links to its case"):
            target = links[-1].get_attribute("href").split("#")[1]
            links[-1].click()
            top, scrolled, height = b.script(
                "return [document.getElementById(arguments[0]).getBoundingClientRect().top, window.scrollY,"
                " window.innerHeight]", target)
            # The last section cannot come to the top of the window (the page ends): it comes into view.
            check(b.script("return location.hash") == "#" + target and scrolled > 0 and -5 < top < height,
                  f"batch: the last link brings its case's section into view (top {top}, scrolled {scrolled})")

        # Jupyter's view of a Timeline (_repr_html_: the page in a sandboxed frame) inside a host page.
        try:
            import egca as egca_python
        except ImportError as e:
            egca_python = None
            print(f"skip the Jupyter view: the Python binding is not importable ({e})")
        if egca_python is not None:
            import datetime
            t = egca_python.timeline(source / "examples" / "case-late-decision.json", datetime.date(2026, 6, 10))
            path = out / "pages" / "notebook.html"
            path.write_text("<!DOCTYPE html><html><head><meta charset='utf-8'><title>notebook</title>"
                            "<style>body{font-family:serif;color:rgb(1, 2, 3)}</style></head><body><p id='cell'>cell</p>"
                            + t._repr_html_() + "</body></html>", encoding="utf-8")
            page = b.load(path.resolve().as_uri())
            check_clean_load(page, "notebook")
            check(b.script("return getComputedStyle(document.getElementById('cell')).color") == "rgb(1, 2, 3)",
                  "notebook: the picture's style sheet leaves the notebook's own alone")
            b.driver.switch_to.frame(b.query_all("iframe")[0])
            lanes = b.query_all("svg g.lane")
            check(len(lanes) == len(t.deadlines), f"notebook: {len(lanes)} lanes in the frame")
            b.driver.switch_to.default_content()
            b.screenshot(str(out / "screenshots" / "notebook.png"))

        # The year.
        path = out / "pages" / "year-2026.html"
        path.write_bytes(egca_out(egca, "calendar", "year", "2026", "--format", "html"))
        page = b.load(path.resolve().as_uri())
        check_clean_load(page, "year")
        cells = b.query_all("table.month td[data-date]")
        check(len(cells) == 365, f"year: {len(cells)} day cells")
        colour = b.script("return [getComputedStyle(document.querySelector('td[data-date=\"2026-10-01\"]')).backgroundColor,"
                          " getComputedStyle(document.querySelector('td[data-date=\"2026-10-10\"]')).backgroundColor,"
                          " getComputedStyle(document.querySelector('td[data-date=\"2026-10-12\"]')).backgroundColor]")
        check(len(set(colour)) == 3, f"year: 国庆节 10-01, the make-up 10-10 and workday 10-12 coloured apart: {colour}")
        b.screenshot(str(out / "screenshots" / "year-2026.png"))
    print(f"screenshots in {out / 'screenshots'}")
    print(f"{checks - failures} passed, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
