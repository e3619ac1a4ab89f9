"""Evaluating a folder of cases: every *.json case file, its open deadlines and what went wrong.

    python3 evaluate_cases.py FOLDER [--as-of YYYY-MM-DD]

For each case: its id, each deadline still open (pending, overdue, not yet available) with its due
date, and the findings, violations marked with "!". A file that is not a valid case is reported and
skipped. Exits 1 when some case is not clean (something late, overdue or a violation), as `egca
timeline` does. Cases are evaluated by a few threads: the calendar and rules are shared, and egca
releases the GIL while it evaluates.
"""
import argparse
import concurrent.futures
import datetime
import pathlib
import sys
import warnings

import egca

OPEN = ('pending', 'overdue', 'not_yet', 'suspended')


def evaluate(path, as_of, calendar, rules):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always', egca.ProvisionalWarning)
        timeline = egca.timeline(path, as_of, calendar=calendar, rules=rules)
    return timeline, [str(w.message) for w in caught]


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('folder', type=pathlib.Path)
    parser.add_argument('--as-of', type=datetime.date.fromisoformat, default=datetime.date.today(),
                        help='evaluate as of this date (default: today)')
    args = parser.parse_args(argv)
    calendar, rules = egca.Calendar.default(), egca.Rules.default()
    paths = sorted(args.folder.glob('*.json'))
    clean = True
    with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
        futures = [pool.submit(evaluate, p, args.as_of, calendar, rules) for p in paths]
        for path, future in zip(paths, futures):
            try:
                timeline, notes = future.result()
            except egca.InputError as e:  # not a case: a profile, or a broken file
                print(f'{path.name}: skipped: {e}')
                continue
            clean = clean and timeline.clean
            print(f'{timeline.case_id} ({path.name}) as of {timeline.as_of}: '
                  f'{"clean" if timeline.clean else "NOT CLEAN"}')
            for d in timeline.deadlines:
                if d.status in OPEN:
                    when = d.due or f'unknown (without holiday data: {d.nominal})'
                    print(f'  {d.rule:<22} {d.status:<9} due {when}')
            for f in timeline.findings:
                print(f'  {"!" if f.violation else "-"} {f.date} {f.code}: {f.message}')
            for note in notes:
                print(f'  ({note})')
    return 0 if clean else 1


if __name__ == '__main__':
    sys.exit(main())
