"""The language of `egca serve`'s answers: a request's `lang` parameter (zh or en), else its Accept-Language
header (the first of zh and en it prefers, by weight, RFC 9110 section 12.5.4), else the server's own
language (--lang, EGCA_LANG; Chinese by default). Every answer says which in Content-Language; the texts of a
request are in its language: the service's own messages, and what the library writes (a case's timeline, a
deadline), byte for byte what the command writes with the same --lang.

Usage: lang.py EGCA SOURCE_DIR
"""

import json
import os
import pathlib
import subprocess
import sys

from server import Checks, Server

AS_OF = "2026-03-01"


def command(egca, *args, stdin=None):
    return subprocess.run([egca, *args], capture_output=True, input=stdin,
                          stdin=None if stdin is not None else subprocess.DEVNULL).stdout


def main() -> int:
    egca, source = sys.argv[1], pathlib.Path(sys.argv[2])
    check = Checks()
    case = source / "examples" / "case-late-decision.json"
    line = (json.dumps(json.loads(case.read_text(encoding="utf-8")), ensure_ascii=False) + "\n").encode()

    server = Server(egca)
    try:
        def lang_of(path, headers=None, method="GET", body=None):
            status, h, data = server.request(method, path, body, headers)
            return status, h.get("content-language"), data

        # The server's default is Chinese; Accept-Language picks among zh and en by weight.
        for headers, want in [(None, "zh"),
                              ({"Accept-Language": "en-US,en;q=0.9"}, "en"),
                              ({"Accept-Language": "EN"}, "en"),
                              ({"Accept-Language": "zh-CN,zh;q=0.9,en;q=0.8"}, "zh"),
                              ({"Accept-Language": "fr-FR, en;q=0.5, zh;q=0.8"}, "zh"),
                              ({"Accept-Language": "en;q=0.8, zh;q=0.8"}, "en"),  # equal weights: the first
                              ({"Accept-Language": "zh;q=0, en;q=0.1"}, "en"),    # q=0: not acceptable
                              ({"Accept-Language": "fr, de;q=0.5"}, "zh"),        # neither: the server's
                              ({"Accept-Language": "*"}, "zh"),
                              ({"Accept-Language": "english"}, "zh")]:            # "english" is no "en" range
            status, got, _ = lang_of("/v1/offices", headers)
            check(status == 200 and got == want, f"GET /v1/offices with {headers}: Content-Language {want}",
                  f"{status} {got}")

        # The lang parameter comes first, on every route (GET and POST, the page too).
        for path in ["/v1/offices?lang=en", "/v1/rules?lang=en", "/healthz?lang=en", "/?lang=en",
                     "/v1/calendar/days?from=2026-02-14&to=2026-02-15&lang=en"]:
            status, got, _ = lang_of(path, {"Accept-Language": "zh-CN"})
            check(status == 200 and got == "en", f"GET {path} (Accept-Language zh-CN): Content-Language en",
                  f"{status} {got}")
        status, got, _ = lang_of("/v1/offices?lang=zh", {"Accept-Language": "en"})
        check(status == 200 and got == "zh", "lang=zh over Accept-Language en", f"{status} {got}")

        # What the library writes follows the request's language: the rules' titles and citations, an
        # assessment's findings, byte for byte the command's with the same --lang.
        profile = source / "examples" / "application.json"
        for lang in ("zh", "en"):
            want = command(egca, "--lang", lang, "rules", "list", "--format", "json")
            status, got, body = lang_of(f"/v1/rules?lang={lang}")
            check(status == 200 and got == lang and body == want,
                  f"GET /v1/rules?lang={lang} = egca --lang {lang} rules list --format json", f"{status} {body[:200]!r}")
            want = command(egca, "--lang", lang, "assess", str(profile), "--format", "json")
            status, got, body = lang_of(f"/v1/assess?lang={lang}", {"Content-Type": "application/json"}, "POST",
                                        profile.read_bytes())
            check(status == 200 and got == lang and body == want,
                  f"POST /v1/assess?lang={lang} = egca --lang {lang} assess --format json", f"{status} {body[:200]!r}")

        # A bad lang is refused, in the language the request would otherwise have had.
        status, got, body = lang_of("/v1/offices?lang=fr")
        err = json.loads(body)["error"]
        check(status == 400 and got == "zh" and err["code"] == "bad_parameter"
              and err["message"] == 'lang：应为zh或en，而不是"fr"', "lang=fr: 400 in Chinese", f"{status} {got} {err}")
        status, got, body = lang_of("/v1/offices?lang=fr", {"Accept-Language": "en"})
        err = json.loads(body)["error"]
        check(status == 400 and got == "en" and err["message"] == 'lang: expected zh or en, not "fr"',
              "lang=fr with Accept-Language en: 400 in English", f"{status} {got} {err}")
        status, got, body = lang_of("/v1/timeline?lang=EN", {"Content-Type": "application/json"}, "POST", b"{}")
        check(status == 400 and json.loads(body)["error"]["code"] == "bad_parameter",
              "POST /v1/timeline?lang=EN: 400 before the body is read (the names are lower case)", f"{status} {body!r}")
        status, got, body = lang_of("/v1/offices?lang=en&lang=zh")
        check(status == 400 and "lang" in json.loads(body)["error"]["message"], "lang given twice: 400",
              f"{status} {body!r}")

        # The service's own messages, in each language (the English ones are tests/service/errors.py's).
        for path, zh, en in [
                ("/v1/offices?verbose=1", '不支持的参数"verbose"', 'unsupported parameter "verbose"'),
                ("/v1/deadline/nothing?from=2025-09-30", '未知规则"nothing"（规则：acceptance, ',
                 'unknown rule "nothing" (rules: acceptance, '),
                ("/v1/calendar/days?from=2025-10-02&to=2025-10-01", "to（2025-10-01）早于from（2025-10-02）",
                 "to (2025-10-01) is before from (2025-10-02)"),
                ("/v1/calendar/days?from=2025-10-01", '缺少参数"to"（YYYY-MM-DD）',
                 'parameter "to" is required (YYYY-MM-DD)'),
                ("/v1/deadline/decision?from=2025-09-30&reading=q=x", 'reading：未知问题"q"（egca rules readings列出全部）',
                 'reading: unknown question "q" (egca rules readings lists them)'),
                ("/v1/deadline/acceptance?from=2025-09-30&office=990000",
                 'office："990000"不是受理机构（GET /v1/offices列出全部）',
                 'office: "990000" is no acceptance office (GET /v1/offices lists them)')]:
            for lang, want in (("zh", zh), ("en", en)):
                status, got, body = lang_of(path + f"&lang={lang}")
                message = json.loads(body)["error"]["message"]
                check(status in (400, 404) and got == lang and message.startswith(want),
                      f"GET {path} lang={lang}: {want}", f"{status} {got} {message!r}")

        # Errors carry the header too.
        status, got, _ = lang_of("/no/such/path?lang=en")
        check(status == 404 and got == "en", "404 answers say their language", f"{status} {got}")

        # What the library writes is in the request's language: the same bytes as the command's.
        for lang, how in [("zh", {}), ("en", {"Accept-Language": "en"}), ("en", {"lang": "en"})]:
            query = f"as_of={AS_OF}" + (f"&lang={how['lang']}" if "lang" in how else "")
            headers = {"Content-Type": "application/json"}
            if "Accept-Language" in how:
                headers["Accept-Language"] = how["Accept-Language"]
            status, h, body = server.request("POST", f"/v1/timeline?{query}", case.read_bytes(), headers)
            want = command(egca, "--lang", lang, "timeline", str(case), "--as-of", AS_OF, "--format", "json")
            check(status == 200 and h.get("content-language") == lang and body == want,
                  f"POST /v1/timeline {how or 'default'} = egca --lang {lang} timeline --format json",
                  f"{status} {h.get('content-language')} {body[:200]!r}")
            status, h, body = server.request("POST", f"/v1/timeline?{query}", line,
                                             dict(headers, **{"Content-Type": "application/x-ndjson"}))
            want = command(egca, "--lang", lang, "timeline", "-", "--as-of", AS_OF,
                           stdin=line).replace(b"<stdin>", b"<request>")
            check(status == 200 and h.get("content-language") == lang and body == want,
                  f"POST /v1/timeline NDJSON {how or 'default'}: Content-Language {lang}, the same line",
                  f"{status} {h.get('content-language')} {body[:200]!r}")
            # A batch's page (Accept: text/html): the command's page in that language, its unreadable line's
            # row named in it ("第2行", "line 2").
            ndjson = line + b"{not json\n"
            status, h, body = server.request("POST", f"/v1/timeline?{query}", ndjson,
                                             dict(headers, **{"Content-Type": "application/x-ndjson",
                                                              "Accept": "text/html"}))
            want = command(egca, "--lang", lang, "timeline", "-", "--as-of", AS_OF, "--format", "html",
                           stdin=ndjson).replace(b"&lt;stdin&gt;", b"&lt;request&gt;")
            row = "第2行" if lang == "zh" else "line 2"
            check(status == 200 and h.get("content-language") == lang and body == want and row.encode() in body,
                  f"POST /v1/timeline NDJSON as a page {how or 'default'} = egca --lang {lang} timeline --format html",
                  f"{status} {h.get('content-language')} {body[:200]!r}")
            deadline_q = "from=2025-09-30" + (f"&lang={how['lang']}" if "lang" in how else "")
            status, h, body = server.request("GET", f"/v1/deadline/acceptance?{deadline_q}", None,
                                             {k: v for k, v in headers.items() if k == "Accept-Language"})
            want = command(egca, "--lang", lang, "deadline", "acceptance", "2025-09-30", "--format", "json")
            check(status == 200 and h.get("content-language") == lang and body == want,
                  f"GET /v1/deadline/acceptance {how or 'default'} = egca --lang {lang} deadline --format json",
                  f"{status} {body[:200]!r} != {want[:200]!r}")
    finally:
        code, log = server.stop()
    check(code == 0, "the server stops cleanly", log[-500:])

    # The server's own language: --lang, or EGCA_LANG, is the default of a request that does not choose.
    for global_args, env in [(["--lang", "en"], None), ([], "en")]:
        saved = os.environ.get("EGCA_LANG")
        if env is not None:
            os.environ["EGCA_LANG"] = env
        try:
            server = Server(egca, global_args=global_args)
        finally:
            if env is not None:
                if saved is None:
                    del os.environ["EGCA_LANG"]
                else:
                    os.environ["EGCA_LANG"] = saved
        try:
            what = f"egca {' '.join(global_args)} serve" if global_args else "EGCA_LANG=en egca serve"
            status, h, _ = server.request("GET", "/v1/offices")
            check(status == 200 and h.get("content-language") == "en", f"{what}: English by default", f"{status} {h}")
            status, h, _ = server.request("GET", "/v1/offices", None, {"Accept-Language": "fr, de"})
            check(status == 200 and h.get("content-language") == "en",
                  f"{what}: an Accept-Language of neither keeps the server's", f"{status} {h}")
            status, h, _ = server.request("GET", "/v1/offices", None, {"Accept-Language": "zh-TW"})
            check(status == 200 and h.get("content-language") == "zh", f"{what}: Accept-Language zh-TW is zh",
                  f"{status} {h}")
        finally:
            code, log = server.stop()
        check(code == 0, f"{what} stops cleanly", log[-500:])
    return check.end()


if __name__ == "__main__":
    sys.exit(main())
