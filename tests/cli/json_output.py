"""--format json for every answer of the calendar, rules and offices commands (docs/cli-json.md).

Each JSON answer is parsed and checked against a hand-worked answer (DESIGN.md's example: 5 working days
from 2025-09-30 over 国庆节 10-01..08 and the working Saturday 10-11 is 10-14) and against the same
command's text answer; a provisional answer prints the bare date on stdout, "provisional": true in JSON and
a warning on stderr (暂定, the default language's word), and --strict still refuses it with exit 4. Strings with a quotation mark, a reverse
solidus and control characters (a rules folder with such a title) come back intact through json.loads.

Usage: json_output.py EGCA SOURCE_DIR
"""

import calendar
import json
import pathlib
import shutil
import subprocess
import sys
import tempfile
import unicodedata

failures = 0


def check(ok, what):
    global failures
    if not ok:
        failures += 1
        print(f"FAIL {what}")


def run(egca, *args, code=0):
    p = subprocess.run([egca, *args], capture_output=True, text=True)
    check(p.returncode == code, f"egca {' '.join(args)}: exit {p.returncode}, expected {code}; stderr {p.stderr!r}")
    return p


def main() -> int:
    egca, source = sys.argv[1], pathlib.Path(sys.argv[2])
    fixture = str(source / "tests" / "data" / "calendars")

    p = run(egca, "add-workdays", "2025-09-30", "5", "--format", "json")
    check(json.loads(p.stdout) == {"from": "2025-09-30", "n": 5, "date": "2025-10-14", "provisional": False},
          f"add-workdays json: {p.stdout!r}")
    check(p.stderr == "", "add-workdays json: stderr not empty")

    # The fixture's 2083 is tentative: 2082-12-31 + 1 working day is Mon 2083-01-04 (元旦 Fri 01-01).
    p = run(egca, "--holidays", fixture, "add-workdays", "2082-12-31", "1")
    check(p.stdout == "2083-01-04\n", f"provisional text is the bare date: {p.stdout!r}")
    check("暂定" in p.stderr, f"provisional text warns on stderr: {p.stderr!r}")
    p = run(egca, "--holidays", fixture, "add-workdays", "2082-12-31", "1", "--format", "json")
    check(json.loads(p.stdout)["provisional"] is True and json.loads(p.stdout)["date"] == "2083-01-04",
          f"provisional json: {p.stdout!r}")
    p = run(egca, "--holidays", fixture, "--strict", "add-workdays", "2082-12-31", "1", "--format", "json", code=4)
    check(p.stdout == "", "--strict with json prints nothing on stdout")

    p = run(egca, "workdays", "2025-09-30", "2025-10-14", "--format", "json")
    check(json.loads(p.stdout) == {"from": "2025-09-30", "to": "2025-10-14", "workdays": 5, "provisional": False},
          f"workdays json: {p.stdout!r}")
    p = run(egca, "--holidays", fixture, "workdays", "2082-12-31", "2083-01-04")
    check(p.stdout == "1\n" and "暂定" in p.stderr, f"provisional workdays: {p.stdout!r} {p.stderr!r}")

    # calendar days: 国庆节 2025 is 10-01..10-08, Sat 10-11 is worked; 09-30 a Tuesday.
    expected = {"2025-09-30": "workday", "2025-10-01": "holiday", "2025-10-08": "holiday", "2025-10-09": "workday",
                "2025-10-11": "adjusted_workday", "2025-10-12": "weekend"}
    p = run(egca, "calendar", "days", "2025-09-30", "2025-10-12", "--format", "json")
    days = json.loads(p.stdout)
    check(days["from"] == "2025-09-30" and days["to"] == "2025-10-12" and days["provisional"] is False
          and len(days["days"]) == 13, f"calendar days json: {p.stdout[:120]!r}")
    by_date = {d["date"]: d["kind"] for d in days["days"]}
    for date, kind in expected.items():
        check(by_date.get(date) == kind, f"calendar days json: {date} is {by_date.get(date)}, expected {kind}")
    # In English the text's kind column is the kind's JSON name (Chinese text says 工作日, 节假日 ...).
    text = run(egca, "--lang", "en", "calendar", "days", "2025-09-30", "2025-10-12").stdout.splitlines()
    check([line.split("\t")[:2] for line in text] == [[d["date"], d["kind"]] for d in days["days"]],
          "calendar days: json and text disagree")

    p = run(egca, "calendar", "month", "2025-10", "--format", "json")
    month = json.loads(p.stdout)
    check(month["month"] == "2025-10" and len(month["days"]) == calendar.monthrange(2025, 10)[1],
          f"calendar month json: {p.stdout[:80]!r}")
    check([d for d in month["days"] if d["date"] <= "2025-10-12"] == days["days"][1:],
          "calendar month json: its days differ from calendar days'")
    p = run(egca, "--holidays", fixture, "calendar", "month", "2083-10", "--format", "json")
    check(json.loads(p.stdout)["provisional"] is True and "暂定" in p.stderr, "tentative month json")

    p = run(egca, "calendar", "coverage", "--format", "json")
    cov = json.loads(p.stdout)
    text = [line.split("\t") for line in run(egca, "--lang", "en", "calendar", "coverage").stdout.splitlines()
            if "\t" in line]
    check([[str(y["year"]), y["coverage"], ", ".join(y["sources"])] for y in cov["years"]] == text,
          "calendar coverage: json and text disagree")
    check(all(y["local"] is None for y in cov["years"]), "coverage json: local is null without --office")
    check(isinstance(cov["sources"], int) and cov["sources"] >= 1, "coverage json: the sources count")

    p = run(egca, "rules", "list", "--format", "json")
    ids = [r["id"] for r in json.loads(p.stdout)["rules"]]
    text_ids = [line.split("\t")[0] for line in run(egca, "rules", "list").stdout.splitlines()]
    check(ids == text_ids and "decision" in ids, f"rules list: json {ids} text {text_ids}")
    p = run(egca, "rules", "show", "decision", "--format", "json")
    v = json.loads(p.stdout)["versions"]
    check(v[-1]["id"] == "decision" and v[-1]["count"] == 20 and v[-1]["unit"] == "working_days",
          f"rules show json: {p.stdout[:100]!r}")

    # The open questions: json and text list the same ids, each with two readings, a basis for each and the
    # default among them; every question of docs/rules.md is there.
    p = run(egca, "rules", "readings", "--format", "json")
    questions = json.loads(p.stdout)["questions"]
    text_ids = [line.split("：")[0] for line in run(egca, "rules", "readings").stdout.splitlines()
                if line and not line.startswith(" ")]
    check([q["id"] for q in questions] == text_ids, f"rules readings: json {[q['id'] for q in questions]} text {text_ids}")
    check({q["id"] for q in questions} >= {"renewal_rest_day", "deemed_renewal_late_filing", "second_correction_notice",
                                            "review_unnotified", "review_over_notified", "review_notice_after_start",
                                            "certificate_last_day"}, "rules readings: a question of docs/rules.md is missing")
    for q in questions:
        check(len(q["readings"]) == 2 and q["default"] in [r["id"] for r in q["readings"]]
              and all(r["basis"] and all(b["law"] and b["article"] for b in r["basis"]) for r in q["readings"]),
              f"rules readings: {q['id']} needs two readings, each with its basis, and the default among them")
    defaults = {q["id"]: q["default"] for q in questions}

    p = run(egca, "offices", "--format", "json")
    offices = json.loads(p.stdout)
    text = [line.split("\t")[0] for line in run(egca, "offices").stdout.splitlines() if "\t" in line]
    check([o["code"] for o in offices["offices"]] == text, "offices: json and text disagree")
    check(any(o["code"] == "650000" and o["local_holidays"] for o in offices["offices"]), "offices: 新疆 has rest days")

    # Timelines: `clean` is the exit status 0, and the definition in docs/case.md (nothing late or overdue,
    # no violation); each finding's `violation` is the findings table of docs/case.md.
    violations = {"deemed_accepted": True, "correction_too_late": True, "repeat_correction": True,
                  "review_without_notice": True, "extension_contested": False, "extension_too_late": True,
                  "deemed_renewed": True, "calendar_not_covered": False, "rule_not_in_force": False,
                  "review_notice_after_start": False, "deadline_under_reading": False}
    seen = set()
    for golden in sorted((source / "tests" / "data" / "cases" / "golden").glob("*.json")):
        # NAME.DAY.json, and NAME.DAY.en.json (the same in English: --lang en).
        name, as_of = golden.name.split(".")[:2]
        lang = "en" if golden.name.endswith(".en.json") else "zh"
        p = subprocess.run([egca, "--lang", lang, "timeline", str(source / "examples" / f"{name}.json"), "--as-of",
                            as_of, "--format", "json"], capture_output=True, text=True)
        tl = json.loads(p.stdout)
        for f in tl["findings"]:
            check(f["violation"] is violations[f["code"]], f"{golden.name}: {f['code']} violation {f['violation']}")
            check(f["contested"] is (f["reading"] is not None), f"{golden.name}: {f['code']} contested without a reading")
        # An ambiguous deadline lists its readings: per question the default first, then the other; exactly
        # one of each pair is the one applied, and its due day is the deadline's.
        for d in tl["deadlines"]:
            check(d["ambiguous"] is (len(d["readings"]) > 0), f"{golden.name}: {d['rule']} ambiguous without readings")
            for k in range(0, len(d["readings"]), 2):
                pair = d["readings"][k:k + 2]
                check(len(pair) == 2 and pair[0]["question"] == pair[1]["question"]
                      and pair[0]["reading"] == defaults[pair[0]["question"]]
                      and [r["chosen"] for r in pair].count(True) == 1,
                      f"{golden.name}: {d['rule']}: readings {pair}")
                chosen = [r for r in pair if r["chosen"]][0]
                check(chosen["due"] == (d["due"] or d["nominal"]) and chosen["status"] == d["status"],
                      f"{golden.name}: {d['rule']}: the reading applied is not the deadline's")
        bad = any(d["status"] in ("late", "overdue") for d in tl["deadlines"]) or \
            any(violations[f["code"]] for f in tl["findings"])
        check(tl["clean"] is (not bad) and tl["clean"] is (p.returncode == 0),
              f"{golden.name}: clean {tl['clean']}, exit {p.returncode}")
        seen.add(tl["clean"])
    check(seen == {True, False}, f"the examples should hold clean and unclean timelines: {seen}")

    # The timeline's text fits 100 columns (a wide character takes two, UAX #11), with every citation of
    # the JSON's basis still in it; no escape sequence (colour) is written off a terminal, with or without
    # NO_COLOR.
    # In English too, whose titles are longer than the column: they go on over further lines.
    for example in sorted((source / "examples").glob("case-*.json")):
        for as_of in ("2025-11-03", "2026-06-10", "2031-06-01"):
            for lang in ("zh", "en"):
                q = subprocess.run([egca, "--lang", lang, "timeline", str(example), "--as-of", as_of],
                                   capture_output=True, text=True)
                for line in q.stdout.splitlines():
                    width = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line)
                    check(width <= 100, f"{example.name} as of {as_of}, {lang}: a line of {width} columns: {line!r}")
            p = subprocess.run([egca, "timeline", str(example), "--as-of", as_of], capture_output=True, text=True)
            check("\x1b" not in p.stdout + p.stderr, f"{example.name}: an escape sequence off a terminal")
            tl = json.loads(subprocess.run([egca, "timeline", str(example), "--as-of", as_of, "--format", "json"],
                                           capture_output=True, text=True).stdout)
            flat = "".join(p.stdout.split())
            for d in tl["deadlines"]:
                for cite in d["basis"]:
                    short = cite.replace("中华人民共和国", "")
                    check("".join(short.split()) in flat, f"{example.name}: {short} is missing from the text")

    # Escaping: a title with a quotation mark, a reverse solidus, a tab and a newline.
    tricky = 'a "quoted" \\ back\tslash\nand a line'
    with tempfile.TemporaryDirectory() as tmp:
        rules = pathlib.Path(tmp) / "rules"
        shutil.copytree(source / "rules", rules, ignore=shutil.ignore_patterns("meson.build"))
        deadlines = json.loads((rules / "deadlines.json").read_text(encoding="utf-8"))
        first = deadlines["deadlines"][0] if isinstance(deadlines, dict) else deadlines[0]
        first["title"] = tricky
        (rules / "deadlines.json").write_text(json.dumps(deadlines, ensure_ascii=False), encoding="utf-8")
        p = run(egca, "--rules", str(rules), "rules", "list", "--format", "json")
        try:
            titles = [r["title"] for r in json.loads(p.stdout)["rules"]]
            check(tricky in titles, f"escaped title: {titles[:2]}")
        except (ValueError, KeyError) as e:
            check(False, f"rules list json with a tricky title does not parse: {e}: {p.stdout[:200]!r} {p.stderr!r}")

    print(f"{failures} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
