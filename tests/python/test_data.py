"""The shipped holiday data, checked day by day.

Runs the built `egca` (EGCA_BIN). The reference facts come from the shared reference folder
(EGCA_SHARED_REFERENCE, default <repo>/../shared/reference): holiday-cn's per-year JSON (MIT) and its
sample ICS feed. Tests that need that folder are skipped, with the reason shown, when it is absent.
"""
import datetime
import json
import os
import subprocess
import sys

import pytest

SOURCE_DIR = os.environ.get('EGCA_SOURCE_DIR') or os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__))))
SHARED = os.environ.get('EGCA_SHARED_REFERENCE') or os.path.join(SOURCE_DIR, '..', 'shared', 'reference')
HOLIDAY_CN = os.path.join(SHARED, 'holidays', 'holiday-cn')
EGCA_BIN = os.environ.get('EGCA_BIN')

KINDS = {'workday', 'weekend', 'holiday', 'adjusted_workday'}
WORKING = {'workday', 'adjusted_workday'}

needs_egca = pytest.mark.skipif(not EGCA_BIN, reason='EGCA_BIN is not set (the built egca command)')
needs_shared = pytest.mark.skipif(not os.path.isdir(HOLIDAY_CN),
                                  reason=f'the shared reference folder is absent ({HOLIDAY_CN})')


def egca(*args):
    p = subprocess.run([EGCA_BIN, *args], capture_output=True, timeout=300)
    out = p.stdout.decode('utf-8')
    err = p.stderr.decode('utf-8', 'replace')
    assert p.returncode == 0, f'egca {" ".join(args)}: exit {p.returncode}: {err.strip()}'
    return out


def days(first, last, holidays=()):
    """`egca calendar days FIRST LAST` as {date: kind}, checking that every day comes once, in order."""
    args = []
    for path in holidays:
        args += ['--holidays', path]
    out = egca('--lang', 'en', *args, 'calendar', 'days', first, last)  # English: the kinds' JSON names
    result = {}
    day = datetime.date.fromisoformat(first)
    for line in out.splitlines():
        date, kind = (line.split('\t') + [''])[:2]  # then the day's name and "provisional", when any
        assert date == day.isoformat(), f'expected a line for {day}, got {line!r}'
        assert kind in KINDS, f'{date}: unknown kind {kind!r}'
        result[day] = kind
        day += datetime.timedelta(days=1)
    assert day == datetime.date.fromisoformat(last) + datetime.timedelta(days=1), f'output stops before {day}'
    return result


def holiday_cn_years():
    """The years holiday-cn has a notice for: its per-year files that name one (a year whose notice is not
    out has a file with no papers and no days, which is no fact about its days)."""
    years = set()
    for name in os.listdir(HOLIDAY_CN):
        stem, ext = os.path.splitext(name)
        if ext == '.json' and stem.isdigit() and len(stem) == 4:
            with open(os.path.join(HOLIDAY_CN, name), encoding='utf-8') as f:
                if json.load(f)['papers']:
                    years.add(int(stem))
    return years


def holiday_cn_facts(years=None):
    """{date: is_working} from holiday-cn's per-year files (a date belongs to its notice's file), for
    `years` (default: every year it has a notice for)."""
    facts = {}
    for year in sorted(holiday_cn_years() if years is None else years):
        with open(os.path.join(HOLIDAY_CN, f'{year}.json'), encoding='utf-8') as f:
            for entry in json.load(f)['days']:
                day = datetime.date.fromisoformat(entry['date'])
                assert day not in facts, f'{day} is in two holiday-cn files'
                facts[day] = not entry['isOffDay']
    return facts


def describe(mismatches, limit=20):
    lines = [f'  {d}: {why}' for d, why in mismatches[:limit]]
    if len(mismatches) > limit:
        lines.append(f'  ... and {len(mismatches) - limit} more')
    return '\n'.join(lines)


@needs_egca
def test_kinds_agree_with_the_weekday():
    """A weekend or adjusted working day is a Saturday or Sunday; a workday is Monday to Friday."""
    bad = []
    for day, kind in days('2007-01-01', '2026-12-31').items():
        weekend = day.weekday() >= 5
        if kind in ('weekend', 'adjusted_workday') and not weekend or kind == 'workday' and weekend:
            bad.append((day, f'{kind} on a {day.strftime("%A")}'))
    assert not bad, 'kinds that contradict the weekday:\n' + describe(bad)


@needs_egca
@needs_shared
def test_every_day_2007_to_2026_has_the_status_of_the_notices():
    """Working or rest, day by day, as holiday-cn's facts give it (an absent date: Monday to Friday work)."""
    facts = holiday_cn_facts()
    builtin = days('2007-01-01', '2026-12-31')
    # The notices that reach back into the previous December are part of the comparison.
    for reaching in ('2007-12-29', '2007-12-31', '2011-12-31', '2018-12-29', '2018-12-31', '2022-12-31'):
        assert datetime.date.fromisoformat(reaching) in facts
    mismatches = []
    for day, kind in builtin.items():
        expected = facts.get(day, day.weekday() < 5)
        if (kind in WORKING) != expected:
            mismatches.append((day, f'egca says {kind}, the notice makes it a '
                                    f'{"working" if expected else "rest"} day'))
    assert not mismatches, f'{len(mismatches)} days differ from the notices:\n' + describe(mismatches)


@needs_egca
@needs_shared
def test_holiday_cn_feed_gives_the_kinds_of_the_shipped_data():
    """The holiday-cn sample feed, loaded as it is, against the built-in calendar, 2022 to 2026."""
    feed = days('2022-01-01', '2026-12-31', holidays=[os.path.join(HOLIDAY_CN, 'ics') + os.sep])
    builtin = days('2022-01-01', '2026-12-31')
    mismatches = [(d, f'feed {feed[d]}, built-in {builtin[d]}') for d in builtin if feed[d] != builtin[d]]
    assert not mismatches, f'{len(mismatches)} days differ:\n' + describe(mismatches)


@needs_egca
def test_apple_style_feed_gives_the_kinds_of_the_shipped_data():
    """The hand-written chinese-days/Apple-style 2025 feed says what the 2025 notice says, day by day."""
    feed = days('2025-01-01', '2025-12-31',
                holidays=[os.path.join(SOURCE_DIR, 'tests', 'data', 'ics', 'apple-style-2025.ics')])
    builtin = days('2025-01-01', '2025-12-31')
    mismatches = [(d, f'feed {feed[d]}, built-in {builtin[d]}') for d in builtin if feed[d] != builtin[d]]
    assert not mismatches, f'{len(mismatches)} days differ:\n' + describe(mismatches)


def test_generated_files_match_their_tables():
    """data/holidays/*.ics are exactly what tools/make_ics.py makes of tools/notices/*.txt."""
    p = subprocess.run([sys.executable, os.path.join(SOURCE_DIR, 'tools', 'make_ics.py'), '--check'],
                       capture_output=True, text=True, timeout=120)
    assert p.returncode == 0, p.stderr


def test_meson_lists_every_generated_file():
    """data/holidays/meson.build embeds and installs every generated file."""
    data_dir = os.path.join(SOURCE_DIR, 'data', 'holidays')
    with open(os.path.join(data_dir, 'meson.build'), encoding='utf-8') as f:
        build = f.read()
    missing = [n for n in sorted(os.listdir(data_dir)) if n.endswith('.ics') and f"'{n}'" not in build]
    assert not missing, f'not in data/holidays/meson.build: {missing}'
