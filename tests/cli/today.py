"""Without --as-of, `egca timeline` evaluates as of today in China (UTC+8), whatever the machine's time zone.

The command runs under TZ=Pacific/Kiritimati (UTC+14) and TZ=Etc/GMT+12 (UTC-12): at any moment the local
date of one of them differs from China's (Kiritimati is a day ahead from 18:00 in China, UTC-12 a day
behind until 20:00), so a command that took the local date would fail one of the two. The expected date is
China's, computed here independently from the clock (datetime with a fixed +8 h offset) just before and
just after each run; when the two differ (midnight in China passed meanwhile) either is accepted.

Usage: today.py EGCA SOURCE_DIR
"""

import datetime
import json
import os
import pathlib
import subprocess
import sys

CHINA = datetime.timezone(datetime.timedelta(hours=8))


def main() -> int:
    egca, source = sys.argv[1], pathlib.Path(sys.argv[2])
    case = source / "examples" / "case-granted.json"
    failures = 0
    for tz in ("Pacific/Kiritimati", "Etc/GMT+12"):
        env = dict(os.environ, TZ=tz)
        local_before = subprocess.run(["date", "+%Y-%m-%d"], env=env, capture_output=True, text=True).stdout.strip()
        before = datetime.datetime.now(CHINA).date()
        p = subprocess.run([egca, "timeline", str(case), "--format", "json"], env=env, capture_output=True, text=True)
        after = datetime.datetime.now(CHINA).date()
        accepted = {before, after}
        try:
            as_of = datetime.date.fromisoformat(json.loads(p.stdout)["as_of"])
        except (ValueError, KeyError) as e:
            print(f"FAIL TZ={tz}: no as_of in the output ({e}); exit {p.returncode}, stderr {p.stderr!r}")
            failures += 1
            continue
        ok = as_of in accepted and p.stderr == ""
        print(("ok   " if ok else "FAIL ") + f"TZ={tz} (local date {local_before}): as_of {as_of}, "
              f"China's date {' or '.join(sorted(str(d) for d in accepted))}")
        failures += not ok
    print(f"{failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
