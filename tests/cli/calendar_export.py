"""`egca calendar export YEAR...`: the loaded calendar as an iCalendar feed, read back to the same days.

Round trip: every year of the built-in data (2007 to its last, the tentative one included) exported in
one feed, loaded back with --holidays, gives `calendar days` identical to the built-in calendar's, day for
day with each day's name and provisional mark, and in JSON with each day's notice (title, date, address)
and local flag; the fixture calendars (2082 confirmed, 2083 tentative) likewise, and a hand-written feed
whose events lack a name or part of a notice, or name neighbouring days differently.
The feed is read by an independent iCalendar reader (python3-icalendar): it is RFC 5545 text with one
all-day event per run of days of one kind, name and notice, each marked for Apple's and egca's readers and
named as tools/make_ics.py names events ("春节(休)", "春节(班)", X-EGCA-NOTICE*), and a 2026 run checked
against the State Council's notice (国务院办公厅关于2026年部分节假日安排的通知, 2025-11-04: 春节 02-15..02-23,
02-14 and 02-28 worked). Refusals: a year without data, a strict calendar's tentative year, a region's
year without its notice (its days are provisional and a feed could not say so). An office's calendar (广西
2017, 新疆 2025) reads back with each day's `local` flag (X-EGCA-LOCAL:TRUE on the region's own events), and
an X-EGCA-LOCAL that is neither TRUE nor FALSE is refused.

Usage: calendar_export.py EGCA SOURCE_DIR
"""

import json
import pathlib
import subprocess
import sys
import tempfile

failures = 0
checks = 0


def check(ok, what):
    global failures, checks
    checks += 1
    if not ok:
        failures += 1
        print(f"FAIL {what}")
    return ok


def run(egca, *args, code=0):
    p = subprocess.run([egca, *args], capture_output=True, timeout=120)
    check(p.returncode == code, f"egca {' '.join(args)}: exit {p.returncode}, expected {code}; {p.stderr!r}")
    return p


def main() -> int:
    egca, source = sys.argv[1], pathlib.Path(sys.argv[2])
    coverage = run(egca, "calendar", "coverage").stdout.decode().splitlines()
    years = [line.split("\t")[0] for line in coverage if line[:4].isdigit() and "\tnone\t" not in line]
    check(len(years) >= 20 and years[0] == "2007", f"the built-in years: {years[:3]}..{years[-1:]}")
    with tempfile.TemporaryDirectory() as tmp:
        feed = pathlib.Path(tmp) / "china.ics"
        feed.write_bytes(run(egca, "calendar", "export", *years).stdout)
        check(run(egca, "calendar", "export", *reversed(years)).stdout == feed.read_bytes(),
              "the same calendar gives the same feed, whatever the years' order")
        span = (f"{years[0]}-01-01", f"{years[-1]}-12-31")
        built_in = run(egca, "calendar", "days", *span).stdout
        back = run(egca, "--holidays", str(feed), "calendar", "days", *span).stdout
        check(built_in == back and built_in.count(b"\n") > 7000, f"round trip {span}: the feed gives the built-in days")
        check("\t节假日\t春节".encode() in back, "the days read back are named (春节)")
        json_days = lambda *opts: json.loads(run(egca, *opts, "calendar", "days", *span, "--format", "json").stdout)
        built_in_json, back_json = json_days(), json_days("--holidays", str(feed))
        named = [d for d in built_in_json["days"] if d["name"] is not None]
        check(len(named) > 600 and all(d["notice"] and d["notice"]["title"] and d["notice"]["date"] for d in named),
              f"the built-in days name their notices ({len(named)} named days)")
        check(built_in_json == back_json, "round trip in JSON: every day's kind, name, notice, local flag as built in")
        cov_back = run(egca, "--holidays", str(feed), "calendar", "coverage").stdout.decode().splitlines()
        kinds = lambda lines: [tuple(l.split("\t")[:2]) for l in lines if l[:4].isdigit()]
        check(kinds(cov_back) == kinds(coverage), "round trip: each year's coverage (confirmed, tentative) as built in")

        # An independent reading of the feed.
        import icalendar
        cal = icalendar.Calendar.from_ical(feed.read_bytes())
        check(str(cal.get("X-EGCA-COVERAGE")) == ",".join(years), "X-EGCA-COVERAGE lists the years")
        events = {str(e.get("DTSTART").dt): e for e in cal.walk("VEVENT")}
        import datetime
        notice_2026 = ("国务院办公厅关于2026年部分节假日安排的通知", "2025-11-04")
        chunjie = events.get("2026-02-15")
        check(chunjie is not None and chunjie.get("DTEND").dt == datetime.date(2026, 2, 24)
              and str(chunjie.get("SUMMARY")) == "春节(休)" and str(chunjie.get("X-APPLE-SPECIAL-DAY")) == "WORK-HOLIDAY"
              and (str(chunjie.get("X-EGCA-NOTICE")), str(chunjie.get("X-EGCA-NOTICE-DATE"))) == notice_2026
              and str(chunjie.get("X-EGCA-NOTICE-URL")).startswith("https://www.gov.cn/"),
              "2026 春节 is one event 02-15..02-23 (DTEND 02-24), a holiday named 春节(休) by its notice")
        for day in ("2026-02-14", "2026-02-28"):
            e = events.get(day)
            # The generator names a make-up day by the holiday it serves: "春节(班)".
            check(e is not None and str(e.get("SUMMARY")) == "春节(班)" and e.get("DTEND").dt - e.get("DTSTART").dt ==
                  datetime.timedelta(days=1) and str(e.get("X-APPLE-SPECIAL-DAY")) == "ALTERNATE-WORKDAY"
                  and (str(e.get("X-EGCA-NOTICE")), str(e.get("X-EGCA-NOTICE-DATE"))) == notice_2026,
                  f"{day} is a make-up working day of its own, 春节(班)")
        # 2020 国庆节、中秋节 10-01..10-08 is one holiday of one name (国务院办公厅关于2020年部分节假日安排的通知):
        # one event, not split at 中秋 (10-01).
        e = events.get("2020-10-01")
        check(e is not None and e.get("DTEND").dt == datetime.date(2020, 10, 9) and
              str(e.get("SUMMARY")) == "国庆节、中秋节(休)", "2020 国庆节、中秋节 is one event 10-01..10-08")
        check(len({str(e.get("UID")) for e in cal.walk("VEVENT")}) == len(cal.walk("VEVENT")), "UIDs are unique")

        # The fixture calendars: a confirmed and a tentative year.
        fixture = str(source / "tests" / "data" / "calendars")
        fx = pathlib.Path(tmp) / "fixture.ics"
        fx.write_bytes(run(egca, "--holidays", fixture, "calendar", "export", "2082", "2083").stdout)
        a = run(egca, "--holidays", fixture, "calendar", "days", "2082-01-01", "2083-12-31").stdout
        b = run(egca, "--holidays", str(fx), "calendar", "days", "2082-01-01", "2083-12-31").stdout
        check(a == b and a.count("暂定".encode()) == 365, "round trip of the fixture: 2083 stays provisional, every day")
        a = run(egca, "--holidays", fixture, "calendar", "days", "2082-01-01", "2083-12-31", "--format", "json").stdout
        b = run(egca, "--holidays", str(fx), "calendar", "days", "2082-01-01", "2083-12-31", "--format", "json").stdout
        check(a == b and json.loads(a)["days"][0]["name"] == "元旦", "round trip of the fixture in JSON (names)")

        # Days named in part: a run without SUMMARY stays unnamed, a notice without date or address stays so,
        # neighbouring holidays of different names or notices stay apart (three events, not one run), and a
        # weekday a 班 event marks (2082-01-05, a Monday: a plain workday) keeps its name.
        partial = pathlib.Path(tmp) / "partial.ics"
        partial.write_text("\r\n".join([
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN", "X-EGCA-COVERAGE:2082",
            "BEGIN:VEVENT", "UID:a", "DTSTAMP:20820101T000000Z", "DTSTART;VALUE=DATE:20820101",
            "DTEND;VALUE=DATE:20820103", "X-APPLE-SPECIAL-DAY:WORK-HOLIDAY", "END:VEVENT",
            "BEGIN:VEVENT", "UID:b", "DTSTAMP:20820101T000000Z", "DTSTART;VALUE=DATE:20820103",
            "DTEND;VALUE=DATE:20820104", "SUMMARY:元旦（休）", "X-EGCA-NOTICE:甲通知", "END:VEVENT",
            "BEGIN:VEVENT", "UID:c", "DTSTAMP:20820101T000000Z", "DTSTART;VALUE=DATE:20820104",
            "DTEND;VALUE=DATE:20820105", "SUMMARY:元旦(休)", "X-EGCA-NOTICE:乙通知",
            "X-EGCA-NOTICE-DATE:2081-12-01", "END:VEVENT",
            "BEGIN:VEVENT", "UID:e", "DTSTAMP:20820101T000000Z", "DTSTART;VALUE=DATE:20820105",
            "DTEND;VALUE=DATE:20820106", "SUMMARY:元旦(班)", "END:VEVENT",
            "BEGIN:VEVENT", "UID:d", "DTSTAMP:20820101T000000Z", "DTSTART;VALUE=DATE:20820110",
            "DTEND;VALUE=DATE:20820111", "SUMMARY:元旦(班)", "X-EGCA-NOTICE:乙通知",
            "X-EGCA-NOTICE-DATE:2081-12-01", "X-EGCA-NOTICE-URL:https://example.org/n", "END:VEVENT",
            "END:VCALENDAR", ""]), encoding="utf-8")
        px = pathlib.Path(tmp) / "partial-export.ics"
        px.write_bytes(run(egca, "--holidays", str(partial), "calendar", "export", "2082").stdout)
        span = ("2082-01-01", "2082-01-10")
        a = run(egca, "--holidays", str(partial), "calendar", "days", *span, "--format", "json").stdout
        b = run(egca, "--holidays", str(px), "calendar", "days", *span, "--format", "json").stdout
        days = json.loads(a)["days"]
        check([(d["kind"], d["name"], d["notice"] and d["notice"]["title"]) for d in days[:5]] ==
              [("holiday", None, None), ("holiday", None, None), ("holiday", "元旦", "甲通知"),
               ("holiday", "元旦", "乙通知"), ("workday", "元旦", None)]
              and days[9]["kind"] == "adjusted_workday" and days[9]["notice"]["url"] == "https://example.org/n",
              "the hand-written feed reads as written")
        check(a == b, "round trip of days named in part")
        events = sorted(icalendar.Calendar.from_ical(px.read_bytes()).walk("VEVENT"), key=lambda e: e.get("DTSTART").dt)
        check([(str(e.get("DTSTART").dt), e.get("SUMMARY"), e.get("X-EGCA-NOTICE-DATE")) for e in events] ==
              [("2082-01-01", None, None), ("2082-01-03", "元旦(休)", None), ("2082-01-04", "元旦(休)", "2081-12-01"),
               ("2082-01-05", "元旦(班)", None), ("2082-01-10", "元旦(班)", "2081-12-01")],
              f"unnamed and differently noticed runs stay apart: {[str(e.get('DTSTART').dt) for e in events]}")

        # An office's calendar: a region's own days keep their `local` flag (X-EGCA-LOCAL:TRUE), read back as
        # such. 广西 2017 (广西壮族自治区人民政府办公厅关于2017年"壮族三月三"放假的通知, 2017-02-10): 壮族三月三
        # 03-30..31 and Saturday 04-01 (the national make-up day of 清明节) rested, Saturday 04-08 worked; 清明节
        # 04-02..04 stays the national notice's. 新疆 2025: 肉孜节 03-29..31, 古尔邦节 06-06..10.
        for office, year, local_days, national_days in [
                ("450000", "2017", {"2017-03-30": "holiday", "2017-03-31": "holiday", "2017-04-01": "holiday",
                                    "2017-04-08": "adjusted_workday"}, ("2017-04-02", "2017-01-28")),
                ("650000", "2025", {"2025-03-29": "holiday", "2025-03-31": "holiday", "2025-06-06": "holiday",
                                    "2025-06-10": "holiday"}, ("2025-01-28", "2025-10-01"))]:
            of = pathlib.Path(tmp) / f"{office}.ics"
            of.write_bytes(run(egca, "--office", office, "calendar", "export", year).stdout)
            span = (f"{year}-01-01", f"{year}-12-31")
            a = json.loads(run(egca, "--office", office, "calendar", "days", *span, "--format", "json").stdout)
            b = json.loads(run(egca, "--holidays", str(of), "calendar", "days", *span, "--format", "json").stdout)
            check(a["days"] == b["days"], f"round trip of {office} {year}: every day's kind, name, notice and local flag")
            by_day = {d["date"]: d for d in b["days"]}
            check(all(by_day[day]["kind"] == kind and by_day[day]["local"] is True for day, kind in local_days.items()),
                  f"{office} {year}: the region's own days read back local: {[by_day[d] for d in local_days]}")
            check(all(by_day[day]["kind"] == "holiday" and by_day[day]["local"] is False for day in national_days),
                  f"{office} {year}: the national holidays read back national")
            check(sum(d["local"] for d in b["days"]) == len([d for d in a["days"] if d["local"]]) >= len(local_days),
                  f"{office} {year}: as many local days read back as the office's calendar has")
            marked = {str(e.get("DTSTART").dt): str(e.get("X-EGCA-LOCAL"))
                      for e in icalendar.Calendar.from_ical(of.read_bytes()).walk("VEVENT")}
            first_local = min(local_days)
            check(marked.get(first_local) == "TRUE" and marked.get(national_days[0]) == "None",
                  f"{office} {year}: X-EGCA-LOCAL:TRUE on the region's events only ({first_local}, {national_days[0]})")
        # A value that is neither TRUE nor FALSE is refused, naming the property.
        bad = pathlib.Path(tmp) / "bad-local.ics"
        bad.write_text(partial.read_text(encoding="utf-8").replace("SUMMARY:元旦（休）", "SUMMARY:元旦（休）\r\nX-EGCA-LOCAL:yes"),
                       encoding="utf-8")
        p = run(egca, "--holidays", str(bad), "calendar", "days", *span, code=3)
        check(b"X-EGCA-LOCAL" in p.stderr and b"bad-local.ics" in p.stderr, f"X-EGCA-LOCAL:yes is refused: {p.stderr!r}")

    # Refusals, and nothing on stdout. The fixture's years (2082 confirmed, 2083 tentative) have no regional
    # notice anywhere: 新疆's office calendar makes every 2082 day provisional.
    fixture = str(source / "tests" / "data" / "calendars")
    for args, code, words in [(("calendar", "export", "2099"), 4, b"2099"),
                              (("--holidays", fixture, "--strict", "calendar", "export", "2083"), 4, b"2083"),
                              (("--holidays", fixture, "--office", "650000", "calendar", "export", "2082"), 4,
                               "暂定".encode()),
                              (("calendar", "export"), 2, b"YEAR"),
                              (("calendar", "export", "26"), 2, b"26"),
                              (("calendar", "export", "2026", "--format", "json"), 2, b"iCalendar")]:
        p = run(egca, *args, code=code)
        check(p.stdout == b"" and words in p.stderr, f"egca {' '.join(args)}: refused naming {words!r}: {p.stderr!r}")
    print(f"{checks - failures} passed, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
