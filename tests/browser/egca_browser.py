"""A real browser for egca's tests: Debian's headless Chromium driven through chromedriver (Selenium).

Any test that must see a page as a person's browser shows it uses this module: it loads a URL (a file the
test wrote, or a page a local server answers on loopback), and gives back the rendered DOM to query, the
console messages the page caused, every network request the page made, and screenshots. Nothing here
knows egca's pages: the checks are the caller's.

    from egca_browser import Browser, skip_reason
    reason = skip_reason()
    if reason:
        print(f"SKIP {reason}"); sys.exit(77)           # meson counts exit 77 as skipped
    with Browser() as b:
        page = b.load(pathlib.Path("page.html").resolve().as_uri())
        page.errors        # console messages of level SEVERE (a CSP violation is one)
        page.requests      # URLs fetched beyond the page itself (none for a self-contained page)
        b.query_all("svg g.lane")
        b.screenshot(path)  # the whole page, as PNG
        page = b.follow(lambda: b.query_all("button")[0].click())   # what a click navigated to

`Browser(javascript=False)` runs no page script at all (DevTools Emulation.setScriptExecutionDisabled),
for pages that must work without it; the harness's own DOM queries still work.

The browser runs headless with a fresh profile, no extensions, no first-run traffic and no proxy. Requests
are read from Chromium's performance log (DevTools Network.requestWillBeSent), so a request the page tried
and the network refused is still counted.
"""

import json
import os
import shutil
import tempfile

CHROMIUM = ("chromium", "chromium-browser", "google-chrome")
DRIVER = ("chromedriver",)

# meson's exit status for a skipped test
SKIP = 77


def _which(names):
    for n in names:
        path = shutil.which(n) or (f"/usr/bin/{n}" if os.access(f"/usr/bin/{n}", os.X_OK) else None)
        if path:
            return path
    return None


def skip_reason():
    """Why the browser tests cannot run here (a sentence naming the missing Debian package), or None."""
    if _which(CHROMIUM) is None:
        return "no chromium: install Debian's chromium (scripts/setup.sh does)"
    if _which(DRIVER) is None:
        return "no chromedriver: install Debian's chromium-driver (scripts/setup.sh does)"
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "no selenium for this Python: install Debian's python3-selenium (scripts/setup.sh does)"
    return None


class Page:
    """What loading a URL gave: the console messages and the requests beyond the page itself."""

    def __init__(self, url, console, requests):
        self.url = url
        self.console = console                       # [{'level', 'message'}]
        self.errors = [m["message"] for m in console if m.get("level") == "SEVERE"]
        self.requests = requests                     # URLs other than the page's own


class Browser:
    def __init__(self, width=1280, height=900, allowed_origins=(), javascript=True):
        """`allowed_origins`: URL prefixes a page may fetch from (a service's own pages fetch from it);
        anything else a page requests is reported in Page.requests."""
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service

        self._profile = tempfile.mkdtemp(prefix="egca-browser-")
        options = webdriver.ChromeOptions()
        options.binary_location = _which(CHROMIUM)
        for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--no-first-run", "--no-default-browser-check", "--disable-extensions",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--metrics-recording-only", "--no-proxy-server", "--hide-scrollbars",
                    f"--user-data-dir={self._profile}", f"--window-size={width},{height}"):
            options.add_argument(arg)
        options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
        self.allowed = tuple(allowed_origins)
        self.driver = webdriver.Chrome(service=Service(_which(DRIVER)), options=options)
        self.driver.set_page_load_timeout(30)
        if not javascript:
            self.driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": True})

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self):
        try:
            self.driver.quit()
        finally:
            shutil.rmtree(self._profile, ignore_errors=True)

    def load(self, url):
        """Loads `url` and waits for it; returns a Page."""
        self.driver.get_log("browser")       # drop what an earlier page left
        self.driver.get_log("performance")
        self.driver.get(url)
        return self._page(url)

    def follow(self, action, timeout=30):
        """Runs `action` (a click, a key) that navigates to another document, waits until that document is
        loaded and returns its Page (the console messages and requests since the action, the form's own
        submission to the page's origin included)."""
        from selenium.webdriver.common.by import By
        from selenium.webdriver.support import expected_conditions
        from selenium.webdriver.support.ui import WebDriverWait

        self.driver.get_log("browser")
        self.driver.get_log("performance")
        old = self.driver.find_element(By.TAG_NAME, "html")
        action()
        wait = WebDriverWait(self.driver, timeout)
        wait.until(expected_conditions.staleness_of(old))
        wait.until(lambda d: d.execute_script("return document.readyState") == "complete")
        return self._page(self.driver.current_url)

    def _page(self, url):
        self.driver.execute_script("return document.readyState")
        console = self.driver.get_log("browser")
        requests = []
        for entry in self.driver.get_log("performance"):
            message = json.loads(entry["message"])["message"]
            if message.get("method") != "Network.requestWillBeSent":
                continue
            req = message["params"]["request"]["url"]
            if req.split("#")[0] == url.split("#")[0] or req.startswith("data:") or req.startswith(self.allowed):
                continue
            requests.append(req)
        return Page(url, console, requests)

    def query_all(self, css):
        from selenium.webdriver.common.by import By
        return self.driver.find_elements(By.CSS_SELECTOR, css)

    def script(self, code, *args):
        return self.driver.execute_script(code, *args)

    def screenshot(self, path, full_page=True):
        """Writes a PNG of the page (its whole height when full_page) to `path`; returns the path."""
        os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
        size = self.driver.get_window_size()
        if full_page:
            height = max(300, min(int(self.script("return Math.ceil(document.documentElement.scrollHeight)")), 12000))
            self.driver.set_window_size(size["width"], height)
            # The window's size counts the browser's own frame, even headless: grow it by what the page
            # lost to it, so that the screenshot (the viewport) holds the whole page.
            frame = height - int(self.script("return window.innerHeight"))
            if frame > 0:
                self.driver.set_window_size(size["width"], height + frame)
        try:
            self.driver.save_screenshot(path)
        finally:
            if full_page:
                self.driver.set_window_size(size["width"], size["height"])
        return path

    def print_pdf(self, path=None):
        """The page printed as the browser prints it (its CSS @page size), as PDF bytes."""
        import base64
        result = self.driver.execute_cdp_cmd("Page.printToPDF", {"preferCSSPageSize": True, "printBackground": True})
        data = base64.b64decode(result["data"])
        if path:
            with open(path, "wb") as f:
                f.write(data)
        return data
