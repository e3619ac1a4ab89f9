"""The service's page in a real browser: `egca serve` on a free loopback port, its form at / used in headless
Chromium with JavaScript switched off, as a person without it would use it.

GET / must load with no console error and no request leaving its origin, and show the form (the case's
text, a file, the as-of date, a button). A case typed into the text field and submitted lands on /view
with the case's picture: a lane per deadline instance, the due marks in date order on the axis, every due
date in the table (the dates checked against the command's JSON of the same case, as test_pages.py checks
the command's pages; the page's bytes equal the command's in tests/service/answers.py). A case file
chosen in the file field gives its picture the same way. A case that is not valid gives a page naming the
error's line and JSON pointer as text. Every page: no console error (a Content-Security-Policy violation
is one), no request beyond the server's own origin. Screenshots go to OUT_DIR/screenshots/service-*.png.

Skips (exit 77, with the reason) when Chromium, chromedriver or Selenium is missing.
Usage: test_service.py EGCA SOURCE_DIR OUT_DIR
"""

import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "service"))
import egca_browser  # noqa: E402
import test_pages  # noqa: E402
from test_pages import check, check_clean_load, check_timeline_dom, egca_out  # noqa: E402
from server import Server  # noqa: E402

AS_OF = "2026-06-10"


def fill_form(b, case_text=None, case_file=None, as_of=AS_OF):
    """Fills the form as a person does, key by key (no script sets a value)."""
    from selenium.webdriver.common.by import By
    form = b.driver.find_element(By.CSS_SELECTOR, 'form[action="/view"]')
    if case_text is not None:
        form.find_element(By.ID, "case").send_keys(case_text)
    if case_file is not None:
        form.find_element(By.ID, "file").send_keys(str(case_file))
    date = form.find_element(By.ID, "as_of")
    year, month, day = as_of.split("-")
    date.send_keys(month + day + year)  # a date field takes its parts in the locale's order: en-US here
    check(date.get_attribute("value") == as_of, f"the form's as-of field holds {as_of}: "
                                                f"{date.get_attribute('value')!r}")
    return form.find_element(By.CSS_SELECTOR, 'button[type="submit"]')


def main() -> int:
    egca, source, out = sys.argv[1], pathlib.Path(sys.argv[2]), pathlib.Path(sys.argv[3])
    reason = egca_browser.skip_reason()
    if reason:
        print(f"SKIP {reason}")
        return egca_browser.SKIP
    shots = out / "screenshots"
    shots.mkdir(parents=True, exist_ok=True)
    server = Server(egca)
    origin = f"http://127.0.0.1:{server.port}"
    try:
        with egca_browser.Browser(allowed_origins=(origin + "/",), javascript=False) as b:
            # The harness with script off: a page's own script must not run (its text stays).
            probe = out / "pages" / "script-off.html"
            probe.parent.mkdir(parents=True, exist_ok=True)
            probe.write_text("<!DOCTYPE html><html><body><p id='p'>static</p>"
                             "<script>document.getElementById('p').textContent='ran'</script></body></html>",
                             encoding="utf-8")
            b.load(probe.resolve().as_uri())
            check(b.query_all("#p")[0].text == "static", "harness: a page's script does not run")

            page = b.load(origin + "/")
            check_clean_load(page, "GET /")
            check(len(b.query_all('form[action="/view"] textarea#case')) == 1 and
                  len(b.query_all('form[action="/view"] input#file[type="file"]')) == 1 and
                  len(b.query_all('form[action="/view"] button[type="submit"]')) == 1,
                  "GET /: the form with its text field, file field and button")
            b.screenshot(str(shots / "service-form.png"))

            # Typed in.
            case = source / "examples" / "case-late-decision.json"
            js = json.loads(egca_out(egca, "timeline", str(case), "--as-of", AS_OF, "--format", "json"))
            button = fill_form(b, case_text=case.read_text(encoding="utf-8"))
            b.screenshot(str(shots / "service-form-filled.png"))
            page = b.follow(button.click)
            check(page.url == origin + "/view", f"the form lands on /view: {page.url}")
            check_clean_load(page, "/view, the case typed in")
            check(js["case_id"] in b.driver.title, f"/view: the page is the case's ({b.driver.title!r})")
            check_timeline_dom(b, js, AS_OF, "/view, the case typed in")
            b.screenshot(str(shots / "service-view.png"))

            # Uploaded.
            case = source / "examples" / "case-granted.json"
            js = json.loads(egca_out(egca, "timeline", str(case), "--as-of", AS_OF, "--format", "json"))
            b.load(origin + "/")
            page = b.follow(fill_form(b, case_file=case.resolve()).click)
            check_clean_load(page, "/view, the case uploaded")
            check(js["case_id"] in b.driver.title, f"/view uploaded: the page is the case's ({b.driver.title!r})")
            check_timeline_dom(b, js, AS_OF, "/view, the case uploaded")
            b.screenshot(str(shots / "service-view-uploaded.png"))

            # Not a valid case: a page saying where, as text.
            b.load(origin + "/")
            bad = '{"case_id": "x",\n "events": [{"type": "received", "date": "2026-03-02"},\n' \
                  '  {"type": "decided", "date": "2026-03-05", "outcome": "<b>maybe</b>"}]}'
            page = b.follow(fill_form(b, case_text=bad).click)
            # The browser reports the page's own status (422) on the console, as it does for any 4xx
            # document: that message, naming /view, and no other.
            status = [e for e in page.errors if e.startswith(origin + "/view ") and "status of 422" in e]
            check(len(status) == 1 and len(page.errors) == 1, f"/view, an invalid case: 422, no other console "
                                                              f"error: {page.errors}")
            check(not page.requests, f"/view, an invalid case: network requests {page.requests}")
            text = {i: (b.query_all("#" + i) or [None])[0] for i in ("code", "message", "line", "pointer")}
            check(text["code"] is not None and text["code"].text == "invalid" and text["line"].text == "3" and
                  text["pointer"].text == "/events/1/outcome" and "<b>maybe</b>" in text["message"].text and
                  text["message"].is_displayed() and not b.query_all("#message b"),
                  "/view, an invalid case: its line, pointer and message shown as text")
            check(len(b.query_all('a[href="/"]')) == 1, "/view, an invalid case: a link back to the form")
            b.screenshot(str(shots / "service-error.png"))
    finally:
        code, log = server.stop()
    check(code == 0, f"egca serve: SIGTERM, exit 0 ({code})")
    posts = [line for line in log.splitlines() if line.startswith("POST /view ")]
    check([p.split()[2] for p in posts] == ["200", "200", "422"], f"the server saw the three forms: {posts}")
    print(f"screenshots in {shots}")
    print(f"{test_pages.checks - test_pages.failures} passed, {test_pages.failures} failed")
    return 1 if test_pages.failures else 0


if __name__ == "__main__":
    sys.exit(main())
