"""`egca timeline - --format ics`: a batch's open deadlines in one iCalendar feed.

Three cases on stdin as NDJSON: case A twice (received 2025-09-30) and case B with a date that does not
exist. As of 2025-10-09, A's acceptance is open and due 2025-10-14 (5 working days after 09-30: 10-01..08
are 国庆节 and 中秋节 days off, then 10-09, 10-10, the make-up Saturday 10-11, 10-13, 10-14; State Council
notice 国办发明电〔2024〕12号). The feed, read back with the icalendar package, is one VCALENDAR holding two
VEVENTs on 2025-10-14 whose UIDs differ (the second A's carries "-2"), the first as a single case's
--format ics gives it; B's error goes to stderr naming its line and column, and the exit code is 3. The
feed's name (X-WR-CALNAME) and the error are in the command's language: "egca 案件期限" by default,
"egca case time limits" with --lang en.

Usage: batch_ics.py EGCA SOURCE_DIR
"""
import pathlib
import subprocess
import sys

try:
    import icalendar
except ImportError:
    print("SKIP: the icalendar package is not installed (Debian: python3-icalendar)")
    sys.exit(77)


def main() -> int:
    egca, source = sys.argv[1], pathlib.Path(sys.argv[2])
    cases = (source / "tests" / "data" / "cases" / "batch" / "same-id.ndjson").read_bytes()
    p = subprocess.run([egca, "timeline", "-", "--as-of", "2025-10-09", "--format", "ics"], input=cases,
                       capture_output=True, timeout=60)
    failures = []
    if p.returncode != 3:
        failures.append(f"exit {p.returncode}, expected 3 (a case could not be read)")
    if p.stderr.decode() != 'egca: <stdin>:3:58: /events/0/date: "2025-09-31"：2025-09没有31日\n':
        failures.append(f"stderr: {p.stderr.decode()!r}")
    if p.stdout.count(b"BEGIN:VCALENDAR") != 1 or not p.stdout.endswith(b"END:VCALENDAR\r\n"):
        failures.append("not one VCALENDAR ending the output")
    feed = icalendar.Calendar.from_ical(p.stdout)
    events = feed.walk("VEVENT")
    uids = [str(e["UID"]) for e in events]
    if uids != ["A-acceptance-20250930@egca", "A-acceptance-20250930-2@egca"]:
        failures.append(f"UIDs {uids}")
    days = [e["DTSTART"].dt.isoformat() for e in events]
    if days != ["2025-10-14", "2025-10-14"]:
        failures.append(f"days {days}")
    if str(feed.get("X-WR-CALNAME")) != "egca 案件期限":
        failures.append(f"feed name {feed.get('X-WR-CALNAME')!r}")
    en = subprocess.run([egca, "--lang", "en", "timeline", "-", "--as-of", "2025-10-09", "--format", "ics"],
                        input=cases, capture_output=True, timeout=60)
    if en.returncode != 3 or en.stderr.decode() != 'egca: <stdin>:3:58: /events/0/date: "2025-09-31": 2025-09 has no day 31\n':
        failures.append(f"English: exit {en.returncode}, stderr {en.stderr.decode()!r}")
    english = icalendar.Calendar.from_ical(en.stdout)
    if str(english.get("X-WR-CALNAME")) != "egca case time limits":
        failures.append(f"English feed name {english.get('X-WR-CALNAME')!r}")
    if [str(e["UID"]) for e in english.walk("VEVENT")] != uids:
        failures.append("the English feed's events differ")
    # the first case's event is the one a single case's feed holds
    one = subprocess.run([egca, "timeline", "-", "--as-of", "2025-10-09", "--format", "ics"],
                         input=cases.split(b"\n")[0], capture_output=True, timeout=60)
    single = subprocess.run([egca, "timeline", "/dev/stdin", "--as-of", "2025-10-09", "--format", "ics"],
                            input=cases.split(b"\n")[0], capture_output=True, timeout=60)
    first = lambda out: out[out.index(b"BEGIN:VEVENT"):out.index(b"END:VEVENT")]
    if one.returncode != 0 or single.returncode != 0 or first(one.stdout) != first(single.stdout) \
            or first(p.stdout) != first(single.stdout):
        failures.append("the batch's first event differs from the single case's")
    for f in failures:
        print("FAIL", f)
    print("ok" if not failures else f"{len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
