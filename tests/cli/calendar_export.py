"""`egca calendar export YEAR...`: the loaded calendar as an iCalendar feed, read back to the same days.

Round trip: every year of the built-in data (2007 to its last, the tentative one included) exported in
one feed, loaded back with --holidays, gives `calendar days` identical to the built-in calendar's, day for
day with each day's provisional mark; the fixture calendars (2082 confirmed, 2083 tentative) likewise.
The feed is read by an independent iCalendar reader (python3-icalendar): it is RFC 5545 text with one
all-day event per run of holidays or adjusted working days, each marked for Apple's and egca's readers,
and a 2026 run checked against the State Council's notice (国务院办公厅关于2026年部分节假日安排的通知: 春节
02-15..02-23, 02-14 and 02-28 worked). Refusals: a year without data, a strict calendar's tentative year, a
region's year without its notice (its days are provisional and a feed could not say so).

Usage: calendar_export.py EGCA SOURCE_DIR
"""

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
        cov_back = run(egca, "--holidays", str(feed), "calendar", "coverage").stdout.decode().splitlines()
        kinds = lambda lines: [tuple(l.split("\t")[:2]) for l in lines if l[:4].isdigit()]
        check(kinds(cov_back) == kinds(coverage), "round trip: each year's coverage (confirmed, tentative) as built in")

        # An independent reading of the feed.
        import icalendar
        cal = icalendar.Calendar.from_ical(feed.read_bytes())
        check(str(cal.get("X-EGCA-COVERAGE")) == ",".join(years), "X-EGCA-COVERAGE lists the years")
        events = {str(e.get("DTSTART").dt): e for e in cal.walk("VEVENT")}
        import datetime
        chunjie = events.get("2026-02-15")
        check(chunjie is not None and chunjie.get("DTEND").dt == datetime.date(2026, 2, 24)
              and "休" in str(chunjie.get("SUMMARY")) and str(chunjie.get("X-APPLE-SPECIAL-DAY")) == "WORK-HOLIDAY",
              "2026 春节 is one event 02-15..02-23 (DTEND 02-24), a holiday")
        for day in ("2026-02-14", "2026-02-28"):
            e = events.get(day)
            check(e is not None and "班" in str(e.get("SUMMARY")) and e.get("DTEND").dt - e.get("DTSTART").dt ==
                  datetime.timedelta(days=1) and str(e.get("X-APPLE-SPECIAL-DAY")) == "ALTERNATE-WORKDAY",
                  f"{day} is a make-up working day of its own")
        check(len({str(e.get("UID")) for e in cal.walk("VEVENT")}) == len(cal.walk("VEVENT")), "UIDs are unique")

        # The fixture calendars: a confirmed and a tentative year.
        fixture = str(source / "tests" / "data" / "calendars")
        fx = pathlib.Path(tmp) / "fixture.ics"
        fx.write_bytes(run(egca, "--holidays", fixture, "calendar", "export", "2082", "2083").stdout)
        a = run(egca, "--holidays", fixture, "calendar", "days", "2082-01-01", "2083-12-31").stdout
        b = run(egca, "--holidays", str(fx), "calendar", "days", "2082-01-01", "2083-12-31").stdout
        check(a == b and a.count(b"provisional") == 365, "round trip of the fixture: 2083 stays provisional, every day")

    # Refusals, and nothing on stdout. The fixture's years (2082 confirmed, 2083 tentative) have no regional
    # notice anywhere: 新疆's office calendar makes every 2082 day provisional.
    fixture = str(source / "tests" / "data" / "calendars")
    for args, code, words in [(("calendar", "export", "2099"), 4, b"2099"),
                              (("--holidays", fixture, "--strict", "calendar", "export", "2083"), 4, b"2083"),
                              (("--holidays", fixture, "--office", "650000", "calendar", "export", "2082"), 4,
                               b"provisional"),
                              (("calendar", "export"), 2, b"YEAR"),
                              (("calendar", "export", "26"), 2, b"26"),
                              (("calendar", "export", "2026", "--format", "json"), 2, b"iCalendar")]:
        p = run(egca, *args, code=code)
        check(p.stdout == b"" and words in p.stderr, f"egca {' '.join(args)}: refused naming {words!r}: {p.stderr!r}")
    print(f"{checks - failures} passed, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
